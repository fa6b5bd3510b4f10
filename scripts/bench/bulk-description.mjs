// The bulk description change of 1,000 iModels against the stand-in's default Trial limit
// (500 requests a minute): wall time, requests, 429s, and the ratio of the wall time to the
// limit's floor (each change is a re-read and a PATCH: 2,000 requests at 500 a minute = 4 min).
import { listUrl, SEED } from "./config.mjs";
import { figure, missing, targets } from "./figures.mjs";
import { withSignedInPage } from "./signed-in-page.mjs";
import { loggedRequests } from "./sim-control.mjs";

const GROUP = "Bulk change";
const PER_MINUTE = 500;
const ROW_HEIGHT = 64;

/** Scrolls until row n (1-based) is rendered; pages load on the way. @param {import("@playwright/test").Page} page @param {number} n */
async function scrollToRow(page, n) {
  const row = page.locator(`[role="list"][aria-label="iModels"] [aria-posinset="${n}"]`);
  const deadline = Date.now() + 60_000;
  while ((await row.count()) === 0) {
    if (Date.now() > deadline) throw new Error(`row ${n} never appeared`);
    await page.evaluate(
      ({ n, height }) => {
        const g = /** @type {any} */ (globalThis);
        const list = g.document.querySelector('[role="list"][aria-label="iModels"]');
        const top = (list?.getBoundingClientRect().top ?? 0) + g.scrollY;
        g.scrollTo(0, top + (n - 1) * height - g.innerHeight / 2);
      },
      { n, height: ROW_HEIGHT },
    );
    await page.waitForTimeout(100);
  }
  return row;
}

/** @param {import("@playwright/test").Browser} browser @param {{ count?: number, log?: (m: string) => void }} options */
export async function bulkDescriptionFigures(browser, { count = 1000, log = console.error } = {}) {
  const floorS = ((2 * count) / PER_MINUTE) * 60;
  const specs = {
    wall: {
      id: "bulk.wall",
      group: GROUP,
      label: `Description of ${count} iModels: wall time`,
      unit: "s",
    },
    sent: { id: "bulk.requests", group: GROUP, label: "Requests sent by the job" },
    limited: { id: "bulk.429s", group: GROUP, label: "429s received" },
    ratio: {
      id: "bulk.ratio",
      group: GROUP,
      label: `Wall time / the limit's floor (${Math.round(floorS)} s)`,
      target: targets.atMost(1.2),
    },
  };
  try {
    return await withSignedInPage(browser, async (page) => {
      page.setDefaultTimeout(60_000);
      await page.goto(listUrl(SEED.largeCampus));
      await (await scrollToRow(page, 1)).getByRole("checkbox").click();
      await (await scrollToRow(page, count)).getByRole("checkbox").click({ modifiers: ["Shift"] });
      await page
        .locator(".selection-count")
        .getByText(`${count.toLocaleString("en-US")} iModels selected`)
        .waitFor();
      await page.getByRole("button", { name: "Description…" }).click();
      const dialog = page.getByRole("dialog", { name: "Description of the selected iModels" });
      await dialog.getByLabel("New description").fill(`Bench ${Date.now()}`);
      // The window the list's pages used empties first, so the job has the whole limit to itself.
      await page.waitForTimeout(61_000);
      const before = (await loggedRequests()).length;
      const started = Date.now();
      log(`  bulk: ${count} descriptions…`);
      await dialog.getByRole("button", { name: "Set descriptions" }).click();
      await page
        .locator(".progress-panel .progress-state")
        .getByText(/^Finished/)
        .waitFor({ timeout: floorS * 3000 + 60_000 });
      const wallS = (Date.now() - started) / 1000;
      const job = (await loggedRequests()).slice(before);
      const done = await page.locator(".progress-panel .progress-counts").textContent();
      const details = { count, done, floorS };
      return [
        figure({ ...specs.wall, value: Math.round(wallS * 10) / 10, details }),
        figure({ ...specs.sent, value: job.length }),
        figure({ ...specs.limited, value: job.filter((r) => r.status === 429).length }),
        figure({ ...specs.ratio, value: Math.round((wallS / floorS) * 100) / 100 }),
      ];
    });
  } catch (error) {
    return Object.values(specs).map((spec) => missing(spec, error));
  }
}
