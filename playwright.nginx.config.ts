// The deployment recipe, tested: the sign-in smoke and header tests against a real nginx
// serving the production build with the config generated from scripts/security-headers.mjs.
// `npx playwright test --config playwright.nginx.config.ts` (scripts/test.mjs runs it).
import { createServer } from "node:net";
import { defineConfig } from "@playwright/test";
import base from "./playwright.config";

/** A port nothing listens on; kept in the environment so the test workers agree on it. */
async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once("error", reject);
    server.listen(0, "127.0.0.1", () => {
      const { port } = server.address() as { port: number };
      server.close(() => resolve(port));
    });
  });
}

process.env.E2E_NGINX_PORT ??= String(await freePort());
const port = process.env.E2E_NGINX_PORT;
const appUrl = `http://localhost:${port}`;
const [sim, app] = base.webServer as NonNullable<Extract<typeof base.webServer, unknown[]>>;
const env = { ...sim!.env, APP_PORT: port, APP_ORIGINS: appUrl };

export default defineConfig({
  ...base,
  testMatch: ["deployment.spec.ts"],
  reporter: [["list"], ["json", { outputFile: "test-results/e2e-nginx.json" }]],
  outputDir: `test-results/e2e-nginx/artifacts`,
  use: { ...base.use, baseURL: appUrl },
  webServer: [
    { ...sim!, env },
    {
      ...app!,
      command: "node scripts/nginx-serve.mjs",
      // Shows nginx's version in the output.
      stdout: "pipe",
      // nginx stops and its folder is removed, instead of the process group being killed.
      gracefulShutdown: { signal: "SIGTERM", timeout: 5000 },
      url: `${appUrl}/config.json`,
      env,
    },
  ],
});
