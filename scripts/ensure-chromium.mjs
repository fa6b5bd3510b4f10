// Makes sure a Chromium (and fonts for it) exist before browser tests: Debian's package when
// apt can be used as root, else Playwright's own download.
import { execSync } from "node:child_process";
import { existsSync } from "node:fs";
import { findChromium } from "./chromium.mjs";

const run = (command) => execSync(command, { stdio: "inherit" });
const has = (command) => {
  try {
    execSync(`command -v ${command}`, { stdio: "ignore" });
    return true;
  } catch {
    return false;
  }
};
const canApt = process.getuid?.() === 0 && has("apt-get");

function fontsMissing() {
  if (!has("fc-list")) return true;
  return execSync("fc-list", { encoding: "utf8" }).trim() === "";
}

let path = await findChromium();
if (!path) {
  console.log("No Chromium found: installing one.");
  if (canApt) {
    run("apt-get update -qq");
    run(
      "DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium fonts-dejavu-core fonts-liberation",
    );
  } else {
    run("npx playwright install chromium");
  }
  path = await findChromium();
}
if (path && canApt && path.startsWith("/usr/bin") && fontsMissing()) {
  run(
    "DEBIAN_FRONTEND=noninteractive apt-get install -y -qq fonts-dejavu-core fonts-liberation fontconfig",
  );
}
if (!path || !existsSync(path)) {
  console.error(
    "Could not find or install Chromium. Set CHROME_PATH to a Chromium or Chrome binary.",
  );
  process.exit(1);
}
console.log(`Chromium: ${path}`);
