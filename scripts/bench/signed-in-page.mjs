// A fresh, signed-in page with the bench's probes, for one measurement run.
import { installProbes } from "./page-probes.mjs";
import { signInPlaywright } from "./sign-in.mjs";

/**
 * Runs fn with a page signed in in a new context (fresh cookies and storage), then closes it.
 * Leaving a page with unsaved edits asks first; the bench always leaves.
 * @template T
 * @param {import("@playwright/test").Browser} browser
 * @param {(page: import("@playwright/test").Page, context: import("@playwright/test").BrowserContext) => Promise<T>} fn
 * @returns {Promise<T>}
 */
export async function withSignedInPage(browser, fn) {
  const context = await browser.newContext({
    ignoreHTTPSErrors: true,
    viewport: { width: 1280, height: 900 },
  });
  try {
    await context.addInitScript(installProbes);
    const page = await context.newPage();
    page.on("dialog", (dialog) => void dialog.accept().catch(() => {}));
    page.setDefaultTimeout(15_000);
    try {
      await signInPlaywright(page);
    } catch {
      // One more try: a sign-in round trip on this busy machine now and then misses a step.
      await signInPlaywright(page);
    }
    return await fn(page, context);
  } finally {
    await context.close().catch(() => {});
  }
}

/** Resolves after ms. */
export const pause = (ms) => new Promise((resolve) => setTimeout(resolve, ms));
