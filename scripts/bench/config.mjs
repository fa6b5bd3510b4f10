// Everything the bench needs to know about where things are, in one place.
import { fileURLToPath } from "node:url";

export const ROOT = fileURLToPath(new URL("../../", import.meta.url));
/** The bench's own work directory (git-ignored): build, logs, results. */
export const BENCH_DIR = `${ROOT}.bench`;
export const DIST_DIR = `${BENCH_DIR}/dist`;
export const LOG_DIR = `${BENCH_DIR}/logs`;
export const RESULTS_FILE = `${BENCH_DIR}/results.json`;

/** A port from the environment (so two benches can run at once), else the bench's default. */
const portFromEnv = (name, fallback) => Number(process.env[name] ?? fallback) || fallback;

export const APP_PORT = portFromEnv("BENCH_APP_PORT", 4473);
export const API_PORT = portFromEnv("BENCH_API_PORT", 4410);
export const IDP_PORT = portFromEnv("BENCH_IDP_PORT", 4411);
export const TILE_PORT = portFromEnv("BENCH_TILE_PORT", 4412);
export const APP_URL = `http://localhost:${APP_PORT}`;
export const API_URL = `http://localhost:${API_PORT}`;

/** The environment of the stand-in and of the production server. */
export const STACK_ENV = {
  SIM_API_PORT: String(API_PORT),
  SIM_IDP_PORT: String(IDP_PORT),
  SIM_DATA_DIR: ".bench/sim-data",
  APP_PORT: String(APP_PORT),
  APP_ORIGINS: APP_URL,
  DIST_DIR: ".bench/dist",
  // The bench's own tile server (tile-server.mjs): the map as people see it, tiles loaded.
  TILE_URL: `http://localhost:${TILE_PORT}/{z}/{x}/{y}.png`,
  REQUEST_TIMEOUT_MS: "10000",
};

/** Runs of each varying figure; the median is reported. BENCH_RUNS overrides. */
export const RUNS = Math.max(1, Number(process.env.BENCH_RUNS ?? 3) || 3);
/**
 * Lighthouse's simulated mobile scores move by several points from run to run (its own advice
 * is the median of five): at least five runs of each. BENCH_LIGHTHOUSE_RUNS overrides.
 */
export const LIGHTHOUSE_RUNS = Math.max(
  1,
  Number(process.env.BENCH_LIGHTHOUSE_RUNS ?? Math.max(RUNS, 5)) || 5,
);

/** The user the bench signs in as (may edit everything). */
export const USER_NAME = "Erin Editor";

/** Fixed ids of the stand-in's seed data (simulator/seed-ids.ts; the bench reads them, never imports src/). */
export const SEED = {
  sunCity: "ad0ba809-9241-48ad-9eb0-c8038c1a1d51",
  largeCampus: "a6f21523-9d74-4adf-b166-7e8c9daebf06",
  sunCityPlant: "5e19bee0-3aea-4355-a9f0-c6df9989ee7d",
};

export const listUrl = (iTwinId) => `${APP_URL}/itwins/${iTwinId}`;
export const detailUrl = (iModelId) => `${APP_URL}/imodels/${iModelId}`;
