// Starts the stand-in and the production server for the bench, and always stops them again.
import { spawn } from "node:child_process";
import { createWriteStream, mkdirSync, readFileSync } from "node:fs";
import { connect } from "node:net";
import {
  API_PORT,
  API_URL,
  APP_PORT,
  APP_URL,
  IDP_PORT,
  LOG_DIR,
  ROOT,
  STACK_ENV,
  TILE_PORT,
} from "./config.mjs";
import { startTileServer } from "./tile-server.mjs";

/** @type {Set<import("node:child_process").ChildProcess>} */
const running = new Set();
/** @type {{ close(): Promise<unknown> } | undefined} */
let tileServer;

/** Is something already listening on 127.0.0.1:port? */
function portInUse(port) {
  return new Promise((resolve) => {
    const socket = connect({ host: "127.0.0.1", port });
    socket.once("connect", () => {
      socket.destroy();
      resolve(true);
    });
    socket.once("error", () => resolve(false));
  });
}

/**
 * Spawns a command in its own process group (so its children go with it), logging to .bench/logs.
 * @param {string} name @param {string} command @param {string[]} args
 */
function start(name, command, args) {
  mkdirSync(LOG_DIR, { recursive: true });
  const logFile = `${LOG_DIR}/${name}.log`;
  const log = createWriteStream(logFile);
  const child = spawn(command, args, {
    cwd: ROOT,
    env: { ...process.env, ...STACK_ENV },
    stdio: ["ignore", "pipe", "pipe"],
    detached: true,
  });
  child.stdout.pipe(log);
  child.stderr.pipe(log);
  running.add(child);
  child.once("exit", () => running.delete(child));
  return { child, logFile };
}

/** Polls url until it answers 2xx, the process dies or the time is up. */
async function waitForUrl(url, { child, logFile }, timeoutMs) {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (child.exitCode !== null)
      throw new Error(`exited (${child.exitCode}) before ${url} answered:\n${tail(logFile)}`);
    try {
      const response = await fetch(url, { signal: AbortSignal.timeout(2000) });
      if (response.ok) return;
    } catch {
      // Not up yet.
    }
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
  throw new Error(`${url} did not answer within ${timeoutMs / 1000} s:\n${tail(logFile)}`);
}

function tail(logFile) {
  try {
    return readFileSync(logFile, "utf8").split("\n").slice(-15).join("\n");
  } catch {
    return "(no log)";
  }
}

/** Kills one started process group by its id (SIGTERM, then SIGKILL if it lingers). */
function kill(child, signal = "SIGTERM") {
  if (child.exitCode !== null || child.signalCode !== null || child.pid === undefined) return;
  try {
    process.kill(-child.pid, signal);
  } catch {
    // Already gone.
  }
}

/** Stops everything this module started; safe to call more than once. */
export async function stopStack() {
  await tileServer?.close();
  tileServer = undefined;
  const children = [...running];
  for (const child of children) kill(child);
  await Promise.all(
    children.map(
      (child) =>
        new Promise((resolve) => {
          if (child.exitCode !== null || child.signalCode !== null) return resolve(undefined);
          const timer = setTimeout(() => {
            kill(child, "SIGKILL");
            resolve(undefined);
          }, 3000);
          child.once("exit", () => {
            clearTimeout(timer);
            resolve(undefined);
          });
        }),
    ),
  );
}

// Whatever happens (an error, Ctrl-C, a plain exit), the stack goes with the bench.
process.once("exit", () => {
  for (const child of running) kill(child, "SIGKILL");
});
for (const signal of ["SIGINT", "SIGTERM", "SIGHUP"]) {
  process.once(signal, () => {
    console.error(`\nbench: ${signal}, stopping the stack`);
    void stopStack().finally(() => process.exit(130));
  });
}

/** Starts the stand-in, the app server and the tile server on the bench's ports; rejects if one cannot start. */
export async function startStack() {
  for (const port of [APP_PORT, API_PORT, IDP_PORT, TILE_PORT]) {
    if (await portInUse(port))
      throw new Error(`port ${port} is already in use (another bench or stack running?)`);
  }
  try {
    tileServer = await startTileServer(TILE_PORT);
    const sim = start("simulator", "npx", ["tsx", "simulator/main.ts"]);
    const app = start("app-server", process.execPath, ["scripts/serve.mjs"]);
    await Promise.all([
      waitForUrl(`${API_URL}/__sim/health`, sim, 60_000).catch((error) => {
        throw new Error(`the stand-in did not start: ${error.message}`);
      }),
      waitForUrl(`${APP_URL}/config.json`, app, 30_000).catch((error) => {
        throw new Error(`the app server did not start: ${error.message}`);
      }),
    ]);
  } catch (error) {
    await stopStack();
    throw error;
  }
}
