// `npm test`: every check the project has, in the order that fails fastest, then one closing line.
import { spawnSync } from "node:child_process";
import { existsSync, mkdirSync, readFileSync } from "node:fs";
import { findNginx } from "./nginx.mjs";

mkdirSync("test-results", { recursive: true });
const steps = [
  ["lint", "npx", ["eslint", "."]],
  ["format", "npx", ["prettier", "--check", "."]],
  ["typecheck", "npx", ["tsc", "-b"]],
  [
    "unit tests",
    "npx",
    [
      "vitest",
      "run",
      "--reporter=default",
      "--reporter=json",
      "--outputFile=test-results/vitest.json",
    ],
  ],
  ["other Node versions", "node", ["scripts/other-nodes.mjs"]],
  ["production build", "npx", ["vite", "build"]],
  ["build check", "node", ["scripts/check-build.mjs"]],
  ["chromium", "node", ["scripts/ensure-chromium.mjs"]],
  ["end-to-end tests", "npx", ["playwright", "test"]],
  // The deployment recipe for real: nginx with the generated config (skipped, saying so, without nginx).
  ["nginx", "node", ["scripts/ensure-nginx.mjs"]],
  [
    "deployment tests on nginx",
    "npx",
    ["playwright", "test", "--config", "playwright.nginx.config.ts"],
    { when: () => findNginx() !== null, otherwise: "SKIPPED: no nginx (see the nginx step)." },
  ],
];

const failed = [];
for (const [name, command, args, { when = () => true, otherwise = "" } = {}] of steps) {
  console.log(`\n── ${name}: ${command} ${args.join(" ")}`);
  if (!when()) {
    console.log(otherwise);
    continue;
  }
  const result = spawnSync(command, args, { stdio: "inherit" });
  if (result.status !== 0) {
    failed.push(name);
    // Without a build or a browser the later steps cannot say anything useful.
    if (["production build", "chromium"].includes(name)) break;
  }
}

const counts = { passed: 0, failed: 0, skipped: 0 };
if (existsSync("test-results/vitest.json")) {
  const unit = JSON.parse(readFileSync("test-results/vitest.json", "utf8"));
  counts.passed += unit.numPassedTests;
  counts.failed += unit.numFailedTests;
  counts.skipped += unit.numPendingTests + unit.numTodoTests;
}
for (const file of ["test-results/e2e.json", "test-results/e2e-nginx.json"]) {
  if (!existsSync(file)) continue;
  const e2e = JSON.parse(readFileSync(file, "utf8"));
  counts.passed += e2e.stats.expected + e2e.stats.flaky;
  counts.failed += e2e.stats.unexpected;
  counts.skipped += e2e.stats.skipped;
}
console.log(failed.length ? `\nFailed steps: ${failed.join(", ")}` : "\nAll steps passed.");
console.log(`tests: ${counts.passed} passed, ${counts.failed} failed, ${counts.skipped} skipped`);
process.exit(failed.length ? 1 : 0);
