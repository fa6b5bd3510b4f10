// The one table of figures beside their targets, and results.json.
import { execFileSync } from "node:child_process";
import { mkdirSync, writeFileSync } from "node:fs";
import { cpus, loadavg } from "node:os";
import { dirname } from "node:path";
import { LIGHTHOUSE_RUNS, RESULTS_FILE, ROOT, RUNS } from "./config.mjs";
import { oneLine } from "./figures.mjs";

const MET = { true: "yes", false: "NO", null: "—" };

/**
 * A Markdown table (so it pastes anywhere), one row per figure, a bold row per group.
 * @param {import("./figures.mjs").Figure[]} figures
 */
export function renderTable(figures) {
  const rows = [["Figure", "Value", "Target", "Met"]];
  let group = "";
  /** @type {Set<number>} */
  const groupRows = new Set();
  for (const item of figures) {
    if (item.group !== group) {
      group = item.group;
      groupRows.add(rows.length);
      rows.push([`**${group}**`, "", "", ""]);
    }
    rows.push([item.label, oneLine(item.display, 110), item.target, MET[String(item.met)]]);
  }
  const widths = rows[0].map((_, column) =>
    Math.max(...rows.map((row) => [...row[column]].length)),
  );
  const line = (row) =>
    `| ${row.map((cell, column) => cell + " ".repeat(widths[column] - [...cell].length)).join(" | ")} |`;
  const separator = `|${widths.map((width) => "-".repeat(width + 2)).join("|")}|`;
  return [line(rows[0]), separator, ...rows.slice(1).map(line)].join("\n");
}

/** The machine's load when the bench started: timings on a busy machine read high. */
export const loadAtStart = {
  loadAverage1m: Math.round(loadavg()[0] * 100) / 100,
  cpus: cpus().length,
};

/** Lines under the table: targets met, and the load the timings were taken under. @param {import("./figures.mjs").Figure[]} figures */
export function renderSummary(figures) {
  const judged = figures.filter((item) => item.met !== null);
  const met = judged.filter((item) => item.met).length;
  const unmeasured = figures.filter((item) => item.value === null && item.target !== "—").length;
  return [
    `targets met: ${met} of ${judged.length}${unmeasured ? `; ${unmeasured} with a target not measured (n/a or error)` : ""}`,
    `load average at start: ${loadAtStart.loadAverage1m} on ${loadAtStart.cpus} CPUs (timings read high on a busy machine)`,
  ].join("\n");
}

function gitDescription() {
  try {
    const commit = execFileSync("git", ["rev-parse", "--short", "HEAD"], {
      cwd: ROOT,
      encoding: "utf8",
    }).trim();
    const dirty =
      execFileSync("git", ["status", "--porcelain", "--", "src"], {
        cwd: ROOT,
        encoding: "utf8",
      }).trim() !== "";
    return { commit, srcUncommittedChanges: dirty };
  } catch {
    return { commit: null };
  }
}

/**
 * @param {import("./figures.mjs").Figure[]} figures
 * @param {{ startedAt: Date, chromium?: string, problems: string[] }} info
 */
export function writeResults(figures, { startedAt, chromium, problems }) {
  const results = {
    startedAt: startedAt.toISOString(),
    durationS: Math.round((Date.now() - startedAt.getTime()) / 1000),
    ...gitDescription(),
    environment: {
      node: process.version,
      chromium: chromium ?? null,
      ...loadAtStart,
      runs: RUNS,
      lighthouseRuns: LIGHTHOUSE_RUNS,
    },
    problems,
    figures,
  };
  mkdirSync(dirname(RESULTS_FILE), { recursive: true });
  writeFileSync(RESULTS_FILE, `${JSON.stringify(results, null, 2)}\n`);
  return RESULTS_FILE;
}
