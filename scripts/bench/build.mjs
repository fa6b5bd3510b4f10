// Builds the production app into .bench/dist with Vite's manifest, apart from everyone's dist/.
import { spawn } from "node:child_process";
import { createWriteStream, mkdirSync } from "node:fs";
import { DIST_DIR, LOG_DIR, ROOT } from "./config.mjs";

/** Resolves when the build succeeded; rejects with the log's tail otherwise. */
export async function buildApp() {
  mkdirSync(LOG_DIR, { recursive: true });
  const logFile = `${LOG_DIR}/build.log`;
  const log = createWriteStream(logFile);
  const child = spawn(
    "npx",
    ["vite", "build", "--outDir", DIST_DIR, "--emptyOutDir", "--manifest"],
    {
      cwd: ROOT,
      stdio: ["ignore", "pipe", "pipe"],
    },
  );
  let tail = "";
  const keep = (chunk) => {
    log.write(chunk);
    tail = (tail + chunk.toString()).slice(-2000);
  };
  child.stdout.on("data", keep);
  child.stderr.on("data", keep);
  const code = await new Promise((resolve, reject) => {
    child.on("error", reject);
    child.on("close", resolve);
  });
  log.end();
  if (code !== 0) throw new Error(`vite build failed (exit ${code}); see ${logFile}\n${tail}`);
}
