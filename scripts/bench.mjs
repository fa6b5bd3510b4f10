// npm run bench: builds the production app, starts it with the stand-in, measures size, speed
// and accessibility figures in Chromium, and prints them beside their targets in one table
// (also .bench/results.json). A missed target never fails the run; only being unable to run does.
import { buildApp } from "./bench/build.mjs";
import { launchPlaywright } from "./bench/browser.mjs";
import { bulkDescriptionFigures } from "./bench/bulk-description.mjs";
import { bundleSizeFigures } from "./bench/bundle-sizes.mjs";
import { cacheOpenFigures } from "./bench/cache-open.mjs";
import { LIGHTHOUSE_RUNS, RUNS } from "./bench/config.mjs";
import { missing } from "./bench/figures.mjs";
import { interactionFigures } from "./bench/interactions.mjs";
import { largeListFigures } from "./bench/large-list.mjs";
import { lighthouseFigures } from "./bench/lighthouse-runs.mjs";
import { renderSummary, renderTable, writeResults } from "./bench/report.mjs";
import { requestFigures } from "./bench/requests.mjs";
import { resetSim } from "./bench/sim-control.mjs";
import { startStack, stopStack } from "./bench/stack.mjs";
import { tileViewFigures } from "./bench/tile-view.mjs";

const startedAt = new Date();
const log = (message) => console.error(message);
/** @type {import("./bench/figures.mjs").Figure[]} */
const figures = [];
/** @type {string[]} */
const problems = [];
let chromium;
/** Once the stand-in runs, every section starts from its seed data. */
let stackUp = false;

/**
 * Runs one section within a time limit; if it fails, its row says why and the bench goes on.
 * @param {string} name @param {number} limitMs @param {() => Promise<import("./bench/figures.mjs").Figure[]>} run
 */
async function section(name, limitMs, run) {
  const started = Date.now();
  log(`bench: ${name}…`);
  let timer;
  try {
    if (stackUp) await resetSim();
    const timeout = new Promise((_, reject) => {
      timer = setTimeout(
        () => reject(new Error(`${name} took longer than ${limitMs / 1000} s`)),
        limitMs,
      );
    });
    figures.push(...(await Promise.race([run(), timeout])));
  } catch (error) {
    problems.push(`${name}: ${error instanceof Error ? error.message : String(error)}`);
    figures.push(missing({ id: `${name}.error`, group: name, label: name }, error));
  } finally {
    clearTimeout(timer);
    log(`bench: ${name} done in ${Math.round((Date.now() - started) / 1000)} s`);
  }
}

function finish(exitCode) {
  console.log(
    `\niModel Admin bench — median of ${RUNS} runs (Lighthouse: ${LIGHTHOUSE_RUNS}) where figures vary\n`,
  );
  console.log(renderTable(figures));
  console.log(`\n${renderSummary(figures)}`);
  const file = writeResults(figures, { startedAt, chromium, problems });
  console.log(`results: ${file} (${Math.round((Date.now() - startedAt.getTime()) / 1000)} s)`);
  process.exitCode = exitCode;
}

async function main() {
  log("bench: building the production app into .bench/dist…");
  await buildApp();
  await section("Size", 30_000, async () => bundleSizeFigures());

  log("bench: starting the stand-in and the app server…");
  try {
    await startStack();
  } catch (error) {
    problems.push(`stack: ${error.message}`);
    figures.push(missing({ id: "stack", group: "Stack", label: "Stand-in and app server" }, error));
    finish(1);
    return;
  }
  stackUp = true;

  try {
    const { browser, version } = await launchPlaywright();
    chromium = version;
    try {
      await section("10,000 iModels", 150_000, () => largeListFigures(browser, { log }));
      await section("10,000 iModels, tile view", 150_000, () => tileViewFigures(browser, { log }));
      await section("Interaction latency (INP-like)", 150_000, () =>
        interactionFigures(browser, { log }),
      );
      await section("Requests", 60_000, () => requestFigures(browser, { log }));
      await section("Open from the list", 60_000, () => cacheOpenFigures(browser, { log }));
      // Past four minutes by design: 2,000 requests at the Trial limit of 500 a minute.
      await section("Bulk change", 480_000, () => bulkDescriptionFigures(browser, { log }));
    } finally {
      await browser.close().catch(() => {});
    }
    await section("Lighthouse", 900_000, () => lighthouseFigures({ log }));
  } finally {
    await stopStack();
  }
  finish(0);
}

main().catch(async (error) => {
  console.error(`bench: cannot run: ${error instanceof Error ? error.message : String(error)}`);
  await stopStack();
  if (figures.length) finish(1);
  else process.exitCode = 1;
});
