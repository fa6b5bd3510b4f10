// Interaction latency from Event Timing (INP-like: the longest event entry of the gesture):
// typing a name beside the map, clicking a star on a list row, dragging the extent's corner.
import { detailUrl, listUrl, RUNS, SEED } from "./config.mjs";
import { figure, median, missing, targets } from "./figures.mjs";
import { eventMark, eventsSince } from "./page-probes.mjs";
import { pause, withSignedInPage } from "./signed-in-page.mjs";
import { iModelRows } from "./list-rows.mjs";

const GROUP = "Interaction latency (INP-like)";
/** Event Timing entries reach observers after the next paint: this much quiet collects them. */
const SETTLE_MS = 600;

/** Something the page does not have (yet): reported as n/a, not as an error. */
class NotAvailable extends Error {}

/**
 * Runs gesture and returns the longest Event Timing entry it caused (0 when none reached 16 ms).
 * @param {import("@playwright/test").Page} page @param {() => Promise<void>} gesture
 */
async function latencyOf(page, gesture) {
  const mark = await page.evaluate(eventMark);
  await gesture();
  await pause(SETTLE_MS);
  const entries = await page.evaluate(eventsSince, mark);
  const longest = entries.reduce((max, entry) => (entry.duration > max.duration ? entry : max), {
    duration: 0,
    name: "",
  });
  return { ms: longest.duration, event: longest.name, entries: entries.length };
}

/** @param {import("@playwright/test").Page} page */
async function openDetailWithMap(page) {
  await page.goto(detailUrl(SEED.sunCityPlant));
  const name = page.getByRole("textbox", { name: "Name", exact: true });
  const map = page.getByRole("region", { name: "Extent map" });
  await page.waitForLoadState("networkidle");
  const hasName = await name.waitFor({ timeout: 5000 }).then(
    () => true,
    () => false,
  );
  // The map is loaded lazily after the form: give it a moment.
  const mapShown = await map.waitFor({ timeout: hasName ? 5000 : 2000 }).then(
    () => true,
    () => false,
  );
  return { name, map, hasName, mapShown };
}

/** @param {import("@playwright/test").Page} page */
async function typeName(page) {
  const { name, hasName, mapShown } = await openDetailWithMap(page);
  if (!hasName) throw new NotAvailable("n/a (no Name field yet)");
  await name.click();
  await pause(300);
  const result = await latencyOf(page, () => name.pressSequentially(" bench", { delay: 80 }));
  return { ...result, note: mapShown ? undefined : "map not shown" };
}

/** @param {import("@playwright/test").Page} page */
async function clickStar(page) {
  await page.goto(listUrl(SEED.sunCity));
  await iModelRows(page).first().waitFor();
  const star = iModelRows(page)
    .getByRole("button", { name: /^Favorite / })
    .first();
  if ((await star.count()) === 0) throw new NotAvailable("n/a (no star yet)");
  await star.hover();
  await pause(200);
  return latencyOf(page, () => star.click());
}

/** @param {import("@playwright/test").Page} page */
async function dragCorner(page) {
  const { map, mapShown } = await openDetailWithMap(page);
  if (!mapShown) throw new NotAvailable("n/a (no Extent map yet)");
  const handle = map.getByLabel(/north-east corner/i).first();
  if ((await handle.count()) === 0) throw new NotAvailable("n/a (no corner handle yet)");
  // The whole map in view, as someone dragging a corner sees it. With the map cut by the window's
  // edge, headless Chromium skips presenting the drag's frames (it draws them every 16 ms, its main
  // thread idle) and Event Timing then reports the gesture as ~220 ms long.
  await map.evaluate((element) => element.scrollIntoView({ block: "center" }));
  const box = await handle.boundingBox();
  if (!box) throw new NotAvailable("n/a (corner handle not visible)");
  const x = box.x + box.width / 2;
  const y = box.y + box.height / 2;
  await page.mouse.move(x, y);
  await pause(200);
  return latencyOf(page, async () => {
    await page.mouse.down();
    // Inwards, so the rectangle stays valid: 40 px left and 30 px down in 12 moves.
    await page.mouse.move(x - 40, y + 30, { steps: 12 });
    await page.mouse.up();
  });
}

const GESTURES = [
  { id: "inp.typeName", label: "Typing in Name on the detail page, map shown", run: typeName },
  { id: "inp.star", label: "Clicking a star on a list row", run: clickStar },
  { id: "inp.dragCorner", label: "Dragging the extent's north-east corner", run: dragCorner },
];

/** @param {import("@playwright/test").Browser} browser @returns {Promise<import("./figures.mjs").Figure[]>} */
export async function interactionFigures(browser, { runs = RUNS, log = console.error } = {}) {
  /** @type {Record<string, { results: any[], failure?: unknown }>} */
  const outcomes = Object.fromEntries(GESTURES.map((gesture) => [gesture.id, { results: [] }]));
  for (let run = 0; run < runs; run += 1) {
    log(`  interactions ${run + 1}/${runs}`);
    // One signed-in page per run; each gesture loads its own page (a typed draft may come back
    // on the next load, which does not matter to the drag).
    try {
      await withSignedInPage(browser, async (page) => {
        for (const gesture of GESTURES) {
          const outcome = outcomes[gesture.id];
          if (outcome.failure instanceof NotAvailable) continue;
          try {
            outcome.results.push(await gesture.run(page));
          } catch (error) {
            outcome.failure = error;
          }
        }
      });
    } catch (error) {
      for (const outcome of Object.values(outcomes))
        if (!(outcome.failure instanceof NotAvailable)) outcome.failure = error;
    }
  }
  return GESTURES.map((gesture) => {
    const { results, failure } = outcomes[gesture.id];
    const spec = {
      id: gesture.id,
      group: GROUP,
      label: gesture.label,
      unit: "ms",
      target: targets.below(100),
    };
    if (results.length === 0) return missing(spec, failure);
    const ms = median(results.map((result) => result.ms));
    const note = results.find((result) => result.note)?.note;
    const longestEvent = results.reduce((max, result) => (result.ms > max.ms ? result : max)).event;
    return figure({
      ...spec,
      value: ms,
      display: `${ms === 0 ? "< 16 ms" : `${Math.round(ms)} ms`}${note ? ` (${note})` : ""}`,
      runs: results.map((result) => result.ms),
      details: { longestEvent, results },
    });
  });
}
