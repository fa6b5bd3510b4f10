// The 10,000-iModel iTwin in tile view: first tiles, and the thumbnails a 2,000-tile scroll asks for.
import { listUrl, RUNS, SEED } from "./config.mjs";
import { figure, median, missing, targets } from "./figures.mjs";
import { lingeredIds } from "./lingered-tiles.mjs";
import { iModelRows } from "./list-rows.mjs";
import { scrollThroughRows } from "./page-probes.mjs";
import { loggedRequests, waitForQuiet } from "./sim-control.mjs";
import { withSignedInPage } from "./signed-in-page.mjs";

const GROUP = "10,000 iModels, tile view";
/** Tiles come several to a row: the scroll goes on until this many tiles have been passed. */
const SCROLL_TILES = 2000;
/**
 * A tile on screen this long has been seen (the app's own wait before fetching a thumbnail,
 * SETTLE_MS in src/features/thumbnails/thumbnail-image.tsx): only such tiles may cost a request.
 */
const SEEN_MS = 200;

/** The iModel id of a logged GET /imodels/{id}/thumbnail, else null. @param {{ method: string, path: string }} entry */
const thumbnailOf = ({ method, path }) => {
  const match = method === "GET" ? /^\/imodels\/([^/]+)\/thumbnail$/.exec(path) : null;
  return match ? decodeURIComponent(match[1]) : null;
};

/** One run: open the list in tile view, scroll past 2,000 tiles, read the stand-in's log. @param {import("@playwright/test").Browser} browser */
async function measureOnce(browser) {
  return withSignedInPage(browser, async (page) => {
    const mark = (await loggedRequests()).length;
    await page.goto(`${listUrl(SEED.largeCampus)}?view=tiles`);
    await page.locator(".imodel-tiles [data-imodel-id]").first().waitFor();
    const firstTilesMs = await page.evaluate(
      () => /** @type {any} */ (globalThis).__bench.firstRowsAt,
    );
    const initialTiles = await iModelRows(page).count();
    const { looks = [], ...scroll } = await page.evaluate(scrollThroughRows, {
      rows: SCROLL_TILES,
      stepPx: 256,
      pageWaitMs: 15_000,
      looks: true,
    });
    // The last screen settles and asks for its thumbnails; those count too.
    await page.waitForTimeout(SEEN_MS + 100);
    const logged = (await waitForQuiet()).slice(mark);
    const thumbnails = logged.filter((entry) => thumbnailOf(entry) !== null);
    const seen = lingeredIds(looks, SEEN_MS);
    const requestedIds = thumbnails.map(thumbnailOf);
    return {
      firstTilesMs,
      requested: thumbnails.length,
      seen: seen.size,
      unseenRequested: requestedIds.filter((id) => !seen.has(id)).length,
      tooMany: thumbnails.filter((entry) => entry.status === 429).length,
      details: {
        ...scroll,
        longTasks: scroll.longTasks.map((task) => Math.round(task.duration)),
        initialTiles,
        tilesEverOnScreen: new Set(looks.flatMap((item) => item.ids)).size,
        looks: looks.length,
        distinctRequested: new Set(requestedIds).size,
        thumbnailStatuses: thumbnails.map((entry) => entry.status),
        requests429: logged.filter((entry) => entry.status === 429).length,
      },
    };
  });
}

/** @param {import("@playwright/test").Browser} browser @returns {Promise<import("./figures.mjs").Figure[]>} */
export async function tileViewFigures(browser, { runs = RUNS, log = console.error } = {}) {
  const results = [];
  let failure;
  for (let run = 0; run < runs; run += 1) {
    log(`  tile view ${run + 1}/${runs}`);
    try {
      results.push(await measureOnce(browser));
    } catch (error) {
      failure = error;
    }
  }
  const passed = SCROLL_TILES.toLocaleString("en");
  const seenMedian = median(results.map((result) => result.seen));
  const specs = {
    first: {
      id: "tiles.firstRows",
      group: GROUP,
      label: "Navigation to first tiles (?view=tiles)",
      unit: "ms",
    },
    thumbnails: {
      id: "tiles.thumbnailsRequested",
      group: GROUP,
      label: `Thumbnails requested while scrolling past ${passed} tiles`,
      // Every run within its own count of tiles seen, and none for a tile that only flew past.
      target: {
        text: `≤ tiles seen ≥ ${SEEN_MS} ms${seenMedian === null ? "" : ` (${seenMedian.toLocaleString("en")})`}`,
        check: () =>
          results.every((result) => result.requested <= result.seen && !result.unseenRequested),
      },
    },
    tooMany: {
      id: "tiles.thumbnails429",
      group: GROUP,
      label: "Thumbnail requests answered 429 (all runs)",
      target: targets.exactly(0),
    },
  };
  if (results.length === 0) return Object.values(specs).map((spec) => missing(spec, failure));
  const values = (key) => results.map((result) => result[key]);
  const requested = median(values("requested"));
  const onScreen = median(results.map((result) => result.details.tilesEverOnScreen));
  const unseen = values("unseenRequested").reduce((sum, count) => sum + count, 0);
  return [
    figure({
      ...specs.first,
      value: Math.round(median(values("firstTilesMs"))),
      runs: values("firstTilesMs").map((value) => Math.round(value * 10) / 10),
    }),
    figure({
      ...specs.thumbnails,
      value: requested,
      display: `${requested} of ${seenMedian?.toLocaleString("en")} tiles seen ≥ ${SEEN_MS} ms (${onScreen.toLocaleString("en")} on screen at all)${unseen ? `; ${unseen} for tiles never seen` : ""}`,
      runs: values("requested"),
      details: {
        seen: values("seen"),
        unseenRequested: values("unseenRequested"),
        runs: results.map((result) => result.details),
      },
    }),
    figure({
      ...specs.tooMany,
      value: values("tooMany").reduce((sum, count) => sum + count, 0),
      runs: values("tooMany"),
    }),
  ];
}
