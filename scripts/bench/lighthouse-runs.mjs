// Lighthouse 12 on the list and detail pages, mobile and desktop presets, in a signed-in tab.
import { mkdirSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import lighthouse, { desktopConfig } from "lighthouse";
import { detailUrl, LIGHTHOUSE_RUNS, listUrl, SEED } from "./config.mjs";
import { figure, median, missing, oneLine, targets } from "./figures.mjs";
import { launchForLighthouse } from "./browser.mjs";
import { signInPuppeteer } from "./sign-in.mjs";

const GROUP = "Lighthouse";
// The dark theme is audited too: its colours must keep contrast and cost no speed.
const THEME_KEY = "imodel-admin.theme";
const PAGES = [
  { key: "list", name: "list", url: listUrl(SEED.sunCity), theme: "light" },
  { key: "detail", name: "detail", url: detailUrl(SEED.sunCityPlant), theme: "light" },
  { key: "list.dark", name: "list (dark)", url: listUrl(SEED.sunCity), theme: "dark" },
  { key: "detail.dark", name: "detail (dark)", url: detailUrl(SEED.sunCityPlant), theme: "dark" },
];
const PRESETS = [
  { key: "desktop", config: desktopConfig, performance: () => targets.exactly(100) },
  {
    key: "mobile",
    config: undefined,
    performance: (pageInfo) => targets.atLeast(pageInfo.key.startsWith("list") ? 95 : 90),
  },
];
const CATEGORIES = ["performance", "accessibility", "best-practices"];
/** BENCH_LIGHTHOUSE_ONLY=list.mobile,list.dark.mobile audits only those (page key.preset key). */
const ONLY = (process.env.BENCH_LIGHTHOUSE_ONLY ?? "").split(",").filter(Boolean);
const wanted = (pageInfo, preset) => !ONLY.length || ONLY.includes(`${pageInfo.key}.${preset.key}`);

/** BENCH_LHR_DIR=dir keeps each run's whole report there, to read where a score goes. */
function keepReport(lhr, artifacts) {
  mkdirSync(process.env.BENCH_LHR_DIR, { recursive: true });
  const name = `${Date.now()}-${lhr.configSettings.formFactor}`;
  writeFileSync(join(process.env.BENCH_LHR_DIR, `${name}.json`), JSON.stringify(lhr));
  const trace = /** @type {any} */ (artifacts)?.Trace;
  if (trace)
    writeFileSync(join(process.env.BENCH_LHR_DIR, `${name}.trace.json`), JSON.stringify(trace));
}

/**
 * One audit of url in the signed-in page. Storage is kept (the sign-in lives in this tab's
 * sessionStorage); the HTTP cache is cleared first, so each run is a cold load.
 * @param {import("puppeteer-core").Page} page
 */
async function audit(page, url, config) {
  const session = await page.createCDPSession();
  await session.send("Network.clearBrowserCache");
  await session.detach();
  const result = await lighthouse(
    url,
    {
      disableStorageReset: true,
      disableFullPageScreenshot: true,
      onlyCategories: CATEGORIES,
      logLevel: "error",
    },
    config,
    /** @type {any} */ (page),
  );
  const lhr = result?.lhr;
  if (!lhr) throw new Error("Lighthouse returned no result");
  if (lhr.runtimeError) throw new Error(`${lhr.runtimeError.code}: ${lhr.runtimeError.message}`);
  if (process.env.BENCH_LHR_DIR) keepReport(lhr, result.artifacts);
  const score = (id) =>
    lhr.categories[id]?.score == null ? null : Math.round(lhr.categories[id].score * 100);
  const metric = (id) => lhr.audits[id]?.numericValue ?? null;
  const failing = (id) =>
    (lhr.categories[id]?.auditRefs ?? [])
      .filter((ref) => ref.weight > 0 && (lhr.audits[ref.id]?.score ?? 1) < 1)
      .map((ref) => {
        // Name the kinds of browser issues (the table) and the first offending items (results.json).
        const items = lhr.audits[ref.id]?.details?.items ?? [];
        const kinds = [...new Set(items.map((item) => item.issueType).filter(Boolean))];
        const examples = items
          .slice(0, 5)
          .map((item) =>
            oneLine(
              String(
                item.description ??
                  item.url ??
                  item.issueType ??
                  JSON.stringify(item.node?.snippet ?? ""),
              ),
              200,
            ),
          );
        const urls = items.map((item) => item.sourceLocation?.url ?? item.url ?? "");
        const summary = kinds.length ? `${ref.id}: ${kinds.join(", ")}` : ref.id;
        return {
          id: ref.id,
          summary,
          examples: examples.map((example, index) => `${example} ${urls[index] ?? ""}`.trim()),
        };
      });
  // What the LCP is and where its time goes (TTFB, load delay, load time, render delay).
  const [lcpNode, lcpPhases] = lhr.audits["largest-contentful-paint-element"]?.details?.items ?? [];
  return {
    finalUrl: lhr.finalDisplayedUrl,
    lcpElement: lcpNode?.items?.[0]?.node?.selector ?? null,
    lcpPhases: Object.fromEntries(
      (lcpPhases?.items ?? []).map((item) => [item.phase, Math.round(item.timing)]),
    ),
    // Where TBT comes from: the main thread's long tasks (simulated ms), by the script they ran.
    longTasks: (lhr.audits["long-tasks"]?.details?.items ?? []).map(
      (task) =>
        `${Math.round(task.startTime)}+${Math.round(task.duration)} ${String(task.url).replace(/^.*\//, "")}`,
    ),
    work: Object.fromEntries(
      (lhr.audits["mainthread-work-breakdown"]?.details?.items ?? []).map((i) => [
        i.group,
        Math.round(i.duration),
      ]),
    ),
    fcp: metric("first-contentful-paint"),
    performance: score("performance"),
    accessibility: score("accessibility"),
    bestPractices: score("best-practices"),
    lcp: metric("largest-contentful-paint"),
    tbt: metric("total-blocking-time"),
    cls: metric("cumulative-layout-shift"),
    failing: { accessibility: failing("accessibility"), bestPractices: failing("best-practices") },
    warnings: lhr.runWarnings,
  };
}

/** The figures for one page and preset, from its runs (median). */
function toFigures(pageInfo, preset, runs) {
  const prefix = `lighthouse.${pageInfo.key}.${preset.key}`;
  const label = `${pageInfo.name} page, ${preset.key}`;
  const values = (key) => runs.map((run) => run[key]);
  const last = runs.at(-1);
  const redirected =
    last && !last.finalUrl.startsWith(pageInfo.url) ? ` (ended on ${last.finalUrl})` : "";
  const details = { runs };
  return [
    figure({
      id: `${prefix}.performance`,
      group: GROUP,
      label: `${label}: performance${redirected}`,
      value: median(values("performance")),
      runs: values("performance"),
      target: preset.performance(pageInfo),
      details,
    }),
    figure({
      id: `${prefix}.accessibility`,
      group: GROUP,
      label: `${label}: accessibility`,
      value: median(values("accessibility")),
      runs: values("accessibility"),
      target: targets.exactly(100),
      details: { failing: last?.failing.accessibility },
    }),
    figure({
      id: `${prefix}.bestPractices`,
      group: GROUP,
      label: `${label}: best practices`,
      value: median(values("bestPractices")),
      runs: values("bestPractices"),
      target: targets.exactly(100),
      details: { failing: last?.failing.bestPractices },
    }),
    figure({
      id: `${prefix}.lcp`,
      group: GROUP,
      label: `${label}: LCP`,
      value: round(median(values("lcp"))),
      unit: "ms",
      runs: values("lcp").map(round),
    }),
    figure({
      id: `${prefix}.tbt`,
      group: GROUP,
      label: `${label}: TBT`,
      value: round(median(values("tbt"))),
      unit: "ms",
      runs: values("tbt").map(round),
    }),
    figure({
      id: `${prefix}.cls`,
      group: GROUP,
      label: `${label}: CLS`,
      value: round3(median(values("cls"))),
      runs: values("cls").map(round3),
    }),
  ];
}

const round = (value) => (value == null ? null : Math.round(value));
const round3 = (value) => (value == null ? null : Math.round(value * 1000) / 1000);

/** Failing audits are named beside the score, so the table says what to fix. */
function annotate(figures) {
  for (const item of figures) {
    const failing = /** @type {any} */ (item.details)?.failing;
    if (item.met === false && Array.isArray(failing) && failing.length)
      item.display += ` (${failing.map((audit) => audit.summary).join(", ")})`;
  }
  return figures;
}

/** @returns {Promise<import("./figures.mjs").Figure[]>} */
export async function lighthouseFigures({ runs = LIGHTHOUSE_RUNS, log = console.error } = {}) {
  const figures = [];
  let browser;
  try {
    browser = await launchForLighthouse();
    await signInPuppeteer(browser.page);
  } catch (error) {
    await browser?.close();
    for (const pageInfo of PAGES)
      for (const preset of PRESETS.filter((item) => wanted(pageInfo, item)))
        figures.push(
          missing(
            {
              id: `lighthouse.${pageInfo.key}.${preset.key}`,
              group: GROUP,
              label: `${pageInfo.name} page, ${preset.key}`,
            },
            `cannot sign in: ${error.message}`,
          ),
        );
    return figures;
  }
  try {
    for (const pageInfo of PAGES) {
      // The page is on the app's origin since sign-in: public/theme.js reads this at load.
      await browser.page.evaluate(
        (key, theme) => localStorage.setItem(key, theme),
        THEME_KEY,
        pageInfo.theme,
      );
      for (const preset of PRESETS) {
        if (!wanted(pageInfo, preset)) continue;
        const results = [];
        let failure;
        for (let run = 0; run < runs; run += 1) {
          log(`  lighthouse ${pageInfo.name} ${preset.key} ${run + 1}/${runs}`);
          try {
            results.push(await audit(browser.page, pageInfo.url, preset.config));
          } catch (error) {
            failure = error;
          }
        }
        if (results.length) figures.push(...annotate(toFigures(pageInfo, preset, results)));
        else
          figures.push(
            missing(
              {
                id: `lighthouse.${pageInfo.key}.${preset.key}`,
                group: GROUP,
                label: `${pageInfo.name} page, ${preset.key}`,
              },
              failure,
            ),
          );
      }
    }
  } finally {
    await browser.close();
  }
  return figures;
}
