import { defineConfig, devices } from "@playwright/test";
import { chromiumArgs, findChromium } from "./scripts/chromium.mjs";
import { API_PORT, API_URL, APP_PORT, APP_URL, IDP_PORT } from "./e2e/ports";

// Several stacks may run at once (engineers on other ports): each keeps its own results.
const resultsDir = process.env.E2E_APP_PORT ? `test-results/e2e-${APP_PORT}` : "test-results";
const executablePath = (await findChromium()) ?? undefined;
const stackEnv = {
  SIM_API_PORT: String(API_PORT),
  SIM_IDP_PORT: String(IDP_PORT),
  APP_PORT: String(APP_PORT),
  APP_ORIGINS: APP_URL,
  // Tiles come from a closed port, so the offline world map shows, as it would without network.
  TILE_URL: "http://127.0.0.1:9/{z}/{x}/{y}.png",
  REQUEST_TIMEOUT_MS: "6000",
};

export default defineConfig({
  testDir: "e2e",
  fullyParallel: false,
  // One stand-in, reset before each test: tests run one at a time.
  workers: 1,
  forbidOnly: true,
  retries: 0,
  timeout: 45_000,
  expect: { timeout: 10_000 },
  reporter: [
    ["list"],
    ["json", { outputFile: `${resultsDir}/e2e.json` }],
    ["html", { open: "never", outputFolder: `${resultsDir}/report` }],
    ["./e2e/fault-matrix-reporter.ts"],
  ],
  outputDir: `${resultsDir}/artifacts`,
  use: {
    baseURL: APP_URL,
    ignoreHTTPSErrors: true,
    trace: "retain-on-failure",
    screenshot: "only-on-failure",
    ...devices["Desktop Chrome"],
    launchOptions: { executablePath, args: chromiumArgs() },
  },
  webServer: [
    {
      command: "npx tsx simulator/main.ts",
      url: `${API_URL}/__sim/health`,
      env: stackEnv,
      reuseExistingServer: false,
      timeout: 60_000,
    },
    {
      command: "node scripts/serve.mjs",
      url: `${APP_URL}/config.json`,
      env: stackEnv,
      reuseExistingServer: false,
      timeout: 30_000,
    },
  ],
});
