// Code that runs inside the app's page: observers installed before the app starts, and readers.
/* global document, window, requestAnimationFrame, MutationObserver */

/**
 * Installed with addInitScript, before any of the app's code: Event Timing entries (≥ 16 ms,
 * the smallest threshold the API allows), long tasks, and the moment the first list row appears.
 */
export function installProbes() {
  const bench = { events: [], longTasks: [], firstRowsAt: null };
  window.__bench = bench;
  performance.setResourceTimingBufferSize(5000);
  new PerformanceObserver((list) => {
    for (const entry of list.getEntries()) {
      bench.events.push({
        name: entry.name,
        duration: entry.duration,
        interactionId: entry.interactionId ?? 0,
        startTime: entry.startTime,
      });
    }
  }).observe({ type: "event", buffered: true, durationThreshold: 16 });
  new PerformanceObserver((list) => {
    for (const entry of list.getEntries())
      bench.longTasks.push({ startTime: entry.startTime, duration: entry.duration });
  }).observe({ type: "longtask", buffered: true });
  const rows = new MutationObserver(() => {
    if (document.querySelector('[role="listitem"]')) {
      bench.firstRowsAt = performance.now();
      rows.disconnect();
    }
  });
  rows.observe(document, { childList: true, subtree: true });
}

/** How many Event Timing entries there are so far (a mark to slice from). */
export const eventMark = () => window.__bench.events.length;

/** The entries since a mark: the longest one is the interaction's latency (INP-like). */
export const eventsSince = (mark) => window.__bench.events.slice(mark);

/**
 * Scrolls the page (the list scrolls with the window) down through `rows` rows, one step per animation frame,
 * waiting where the loaded rows end for the next page. Records long tasks, the most rows in the
 * DOM at any frame, and the longest frame; with `looks`, which iModels were on screen at each
 * frame (for lingered-tiles.mjs; off by default, as it reads the layout every frame).
 * @param {{ rows: number, stepPx: number, pageWaitMs: number, looks?: boolean }} options
 */
export async function scrollThroughRows({ rows, stepPx, pageWaitMs, looks: withLooks = false }) {
  const scroller = document.scrollingElement;
  if (!scroller) throw new Error("the document has no scrolling element");
  const frame = () => new Promise((resolve) => requestAnimationFrame(resolve));
  const rowCount = () => document.querySelectorAll('[role="listitem"]').length;
  const firstRow = document.querySelector('[role="listitem"]');
  const rowHeight = firstRow ? firstRow.getBoundingClientRect().height || 64 : 64;
  const reached = () => {
    const last = [...document.querySelectorAll('[role="listitem"][aria-posinset]')].map((row) =>
      Number(row.getAttribute("aria-posinset")),
    );
    return last.length
      ? Math.max(...last)
      : Math.floor((scroller.scrollTop + scroller.clientHeight) / rowHeight);
  };

  /** @type {Array<{ at: number, ids: string[] }>} */
  const looks = [];
  const look = () => {
    if (!withLooks) return;
    const ids = [...document.querySelectorAll('[role="listitem"][data-imodel-id]')]
      .filter((item) => {
        const rect = item.getBoundingClientRect();
        return rect.bottom > 0 && rect.top < window.innerHeight;
      })
      .map((item) => item.getAttribute("data-imodel-id") ?? "");
    looks.push({ at: performance.now(), ids });
  };

  const longTasks = [];
  const observer = new PerformanceObserver((list) => {
    for (const entry of list.getEntries())
      longTasks.push({ startTime: entry.startTime, duration: entry.duration });
  });
  observer.observe({ type: "longtask" });

  const started = performance.now();
  let maxRows = rowCount();
  let frames = 0;
  let longestFrame = 0;
  let waitedMs = 0;
  let previous = await frame();
  look();
  while (reached() < rows) {
    const atEnd = scroller.scrollTop + scroller.clientHeight >= scroller.scrollHeight - 2;
    if (atEnd) {
      // Wait for the next page to arrive and grow the list.
      const height = scroller.scrollHeight;
      const waitStart = performance.now();
      while (scroller.scrollHeight <= height) {
        if (performance.now() - waitStart > pageWaitMs)
          throw new Error(`stuck at row ${reached()}: no more rows within ${pageWaitMs} ms`);
        await frame();
        look();
      }
      waitedMs += performance.now() - waitStart;
      previous = await frame();
    }
    scroller.scrollTop += stepPx;
    const now = await frame();
    frames += 1;
    longestFrame = Math.max(longestFrame, now - previous);
    previous = now;
    maxRows = Math.max(maxRows, rowCount());
    look();
  }
  // Let trailing work and its long tasks land.
  for (let index = 0; index < 20; index += 1) await frame();
  longTasks.push(
    ...observer
      .takeRecords()
      .map((entry) => ({ startTime: entry.startTime, duration: entry.duration })),
  );
  observer.disconnect();
  return {
    reachedRow: reached(),
    durationMs: performance.now() - started,
    waitingForPagesMs: waitedMs,
    frames,
    longestFrameMs: longestFrame,
    maxRenderedRows: Math.max(maxRows, rowCount()),
    longTasks,
    ...(withLooks ? { looks } : {}),
  };
}

/**
 * Arms a watch for the h1 to read `name`; the click time comes from the click event itself.
 * @param {string} name
 */
export function watchHeading(name) {
  const watch = { clickAt: null, shownAt: null };
  window.__headingWatch = watch;
  document.addEventListener("click", (event) => (watch.clickAt ??= event.timeStamp), {
    capture: true,
    once: true,
  });
  const check = () => {
    if (watch.shownAt === null && document.querySelector("h1")?.textContent?.trim() === name) {
      watch.shownAt = performance.now();
      observer.disconnect();
    }
  };
  const observer = new MutationObserver(check);
  observer.observe(document, { childList: true, subtree: true, characterData: true });
}

/**
 * When the heading showed, and when the first GET of /imodels/{id} (the detail, not its
 * permissions) finished, from Resource Timing.
 * @param {string} iModelId
 */
export function headingResult(iModelId) {
  const watch = window.__headingWatch;
  const pattern = new RegExp(`/imodels/${iModelId}(\\?|$)`);
  const detailRequests = performance
    .getEntriesByType("resource")
    .filter((entry) => pattern.test(entry.name) && entry.startTime >= (watch.clickAt ?? 0) - 1)
    .map((entry) => ({ startTime: entry.startTime, responseEnd: entry.responseEnd }));
  return { clickAt: watch.clickAt, shownAt: watch.shownAt, detailRequests };
}
