// The 10,000-iModel iTwin: first rows, rows in the DOM, long tasks while scrolling 2,000 rows, heap.
import { listUrl, RUNS, SEED } from "./config.mjs";
import { figure, median, missing, targets } from "./figures.mjs";
import { scrollThroughRows } from "./page-probes.mjs";
import { withSignedInPage } from "./signed-in-page.mjs";
import { iModelRows } from "./list-rows.mjs";

const GROUP = "10,000 iModels";
const SCROLL_ROWS = 2000;

/** One run: load the list, scroll, read the heap. @param {import("@playwright/test").Browser} browser */
async function measureOnce(browser) {
  return withSignedInPage(browser, async (page, context) => {
    await page.goto(listUrl(SEED.largeCampus));
    await iModelRows(page).first().waitFor();
    const firstRowsMs = await page.evaluate(
      () => /** @type {any} */ (globalThis).__bench.firstRowsAt,
    );
    await page.waitForTimeout(300);
    const initialRows = await iModelRows(page).count();
    const scroll = await page.evaluate(scrollThroughRows, {
      rows: SCROLL_ROWS,
      stepPx: 256,
      pageWaitMs: 15_000,
    });
    const cdp = await context.newCDPSession(page);
    const heap = await cdp.send("Runtime.getHeapUsage");
    await cdp.send("HeapProfiler.collectGarbage");
    const heapAfterGc = await cdp.send("Runtime.getHeapUsage");
    await cdp.detach();
    return {
      firstRowsMs,
      initialRows,
      maxRenderedRows: scroll.maxRenderedRows,
      longTaskCount: scroll.longTasks.length,
      longestTaskMs: Math.max(0, ...scroll.longTasks.map((task) => task.duration)),
      heapMB: heap.usedSize / 1e6,
      heapAfterGcMB: heapAfterGc.usedSize / 1e6,
      scroll: { ...scroll, longTasks: scroll.longTasks.map((task) => Math.round(task.duration)) },
    };
  });
}

/** @param {import("@playwright/test").Browser} browser @returns {Promise<import("./figures.mjs").Figure[]>} */
export async function largeListFigures(browser, { runs = RUNS, log = console.error } = {}) {
  const results = [];
  let failure;
  for (let run = 0; run < runs; run += 1) {
    log(`  10,000 iModels ${run + 1}/${runs}`);
    try {
      results.push(await measureOnce(browser));
    } catch (error) {
      failure = error;
    }
  }
  const specs = {
    first: { id: "large.firstRows", group: GROUP, label: "Navigation to first rows", unit: "ms" },
    rows: {
      id: "large.renderedRows",
      group: GROUP,
      label: "Rows in the DOM (most at any frame)",
      target: targets.atMost(60),
    },
    tasks: {
      id: "large.longTasks",
      group: GROUP,
      label: `Long tasks (> 50 ms) while scrolling ${SCROLL_ROWS.toLocaleString("en")} rows`,
      target: targets.exactly(0),
    },
    heap: {
      id: "large.heap",
      group: GROUP,
      label: "JS heap after the scroll (after GC)",
      unit: "MB",
    },
  };
  if (results.length === 0) return Object.values(specs).map((spec) => missing(spec, failure));
  const values = (key) => results.map((result) => result[key]);
  const rounded = (key) => values(key).map((value) => Math.round(value * 10) / 10);
  const details = {
    runs: results.map(({ scroll, heapMB, initialRows }) => ({
      ...scroll,
      heapBeforeGcMB: heapMB,
      initialRows,
    })),
  };
  const tasks = median(values("longTaskCount"));
  const longest = Math.round(median(values("longestTaskMs")));
  return [
    figure({
      ...specs.first,
      value: Math.round(median(values("firstRowsMs"))),
      runs: rounded("firstRowsMs"),
    }),
    figure({
      ...specs.rows,
      value: median(values("maxRenderedRows")),
      runs: values("maxRenderedRows"),
    }),
    figure({
      ...specs.tasks,
      value: tasks,
      display: tasks === 0 ? "0" : `${tasks} (longest ${longest} ms)`,
      runs: values("longTaskCount"),
      details: { longestMs: rounded("longestTaskMs"), ...details },
    }),
    figure({
      ...specs.heap,
      value: Math.round(median(values("heapAfterGcMB")) * 10) / 10,
      runs: rounded("heapAfterGcMB"),
      details: { beforeGcMB: rounded("heapMB") },
    }),
  ];
}
