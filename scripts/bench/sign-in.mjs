// Sign-in through the stand-in's real identity provider, as in e2e/fixtures.ts.
import { APP_URL, USER_NAME } from "./config.mjs";

/** @param {import("@playwright/test").Page} page */
export async function signInPlaywright(page) {
  await page.goto(`${APP_URL}/`);
  await page.getByRole("button", { name: "Sign in", exact: true }).click();
  await page.getByRole("button", { name: `Sign in as ${USER_NAME}` }).click();
  await page.getByRole("banner").getByText(USER_NAME).waitFor({ timeout: 20_000 });
}

/**
 * The same steps on a Puppeteer page (for Lighthouse), with its ARIA selectors.
 * @param {import("puppeteer-core").Page} page
 */
export async function signInPuppeteer(page) {
  await page.goto(`${APP_URL}/`, { waitUntil: "load" });
  await (
    await page.waitForSelector('::-p-aria([name="Sign in"][role="button"])', { timeout: 20_000 })
  )?.click();
  const provider = await page.waitForSelector(
    `::-p-aria([name="Sign in as ${USER_NAME}"][role="button"])`,
    { timeout: 20_000 },
  );
  await provider?.click();
  await page.waitForSelector(`header ::-p-text(${USER_NAME})`, { timeout: 20_000 });
}
