// Opening an iModel from the list shows its name at once, from the list's cached data.
import { listUrl, RUNS, SEED } from "./config.mjs";
import { expectBool, figure, median, missing, targets } from "./figures.mjs";
import { headingResult, watchHeading } from "./page-probes.mjs";
import { withSignedInPage } from "./signed-in-page.mjs";
import { waitForQuiet } from "./sim-control.mjs";
import { iModelRows, firstRowLink } from "./list-rows.mjs";

const GROUP = "Open from the list";

/** One run: click the first row's link, time until the h1 reads its name. @param {import("@playwright/test").Browser} browser */
async function measureOnce(browser) {
  return withSignedInPage(browser, async (page) => {
    await page.goto(listUrl(SEED.sunCity));
    await iModelRows(page).first().waitFor();
    await waitForQuiet(400);
    const link = firstRowLink(page);
    const name = (await link.textContent())?.trim() ?? "";
    const href = (await link.getAttribute("href")) ?? "";
    const iModelId = decodeURIComponent(href.split("/").pop() ?? "");
    await page.evaluate(watchHeading, name);
    await link.click();
    await page.getByRole("heading", { level: 1, name }).waitFor();
    const result = await page.evaluate(headingResult, iModelId);
    if (result.clickAt === null || result.shownAt === null)
      throw new Error("could not time the click or the heading");
    const firstDone = Math.min(...result.detailRequests.map((request) => request.responseEnd));
    return {
      ms: result.shownAt - result.clickAt,
      fromCache: !(firstDone <= result.shownAt),
      detailRequests: result.detailRequests,
    };
  });
}

/** @param {import("@playwright/test").Browser} browser @returns {Promise<import("./figures.mjs").Figure[]>} */
export async function cacheOpenFigures(browser, { runs = RUNS, log = console.error } = {}) {
  const results = [];
  let failure;
  for (let run = 0; run < runs; run += 1) {
    log(`  open from the list ${run + 1}/${runs}`);
    try {
      results.push(await measureOnce(browser));
    } catch (error) {
      failure = error;
    }
  }
  const timeSpec = {
    id: "open.nameShownMs",
    group: GROUP,
    label: "Click on a row → its name in the h1",
    unit: "ms",
    target: targets.atMost(100),
  };
  const cacheSpec = {
    id: "open.fromCache",
    group: GROUP,
    label: "Name shown before GET /imodels/{id} returned",
    target: expectBool(true),
  };
  if (results.length === 0) return [missing(timeSpec, failure), missing(cacheSpec, failure)];
  const ms = median(results.map((result) => result.ms));
  const allFromCache = results.every((result) => result.fromCache);
  return [
    figure({
      ...timeSpec,
      value: Math.round(ms),
      runs: results.map((result) => Math.round(result.ms)),
      details: { results },
    }),
    figure({
      ...cacheSpec,
      value: allFromCache,
      display: `${allFromCache ? "yes" : "no"} (${results.filter((result) => result.fromCache).length}/${results.length} runs)`,
    }),
  ];
}
