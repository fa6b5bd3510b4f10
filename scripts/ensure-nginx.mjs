// Makes sure nginx exists for the deployment tests: Debian's package when apt can be used as
// root. Where it cannot be installed the tests are skipped, saying so (exit code 0 either way;
// scripts/test.mjs then looks for nginx again).
import { execSync, spawnSync } from "node:child_process";
import { findNginx, nginxInfo } from "./nginx.mjs";

const has = (command) => spawnSync("sh", ["-c", `command -v ${command}`]).status === 0;
const canApt = process.getuid?.() === 0 && has("apt-get");

let path = findNginx();
if (!path && canApt) {
  console.log("No nginx found: installing Debian's.");
  try {
    execSync("apt-get update -qq", { stdio: "inherit" });
    execSync(
      "DEBIAN_FRONTEND=noninteractive apt-get install -y -qq nginx-light || " +
        "DEBIAN_FRONTEND=noninteractive apt-get install -y -qq nginx",
      { stdio: "inherit" },
    );
  } catch {
    // Reported below.
  }
  path = findNginx();
}
if (path) {
  console.log(`nginx: ${path} (${nginxInfo(path).version})`);
} else {
  console.log(
    canApt
      ? "SKIPPED: nginx could not be installed with apt-get; the nginx deployment tests will not run."
      : "SKIPPED: no nginx, and apt-get cannot be used here (needs root); install nginx or set NGINX_PATH to run the deployment tests.",
  );
}
