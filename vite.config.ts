import react from "@vitejs/plugin-react";
import { defineConfig } from "vitest/config";
import { ROUTE_MODULES } from "./src/app/route-modules.ts";
import { msalWithoutBroker } from "./scripts/msal-without-broker.ts";
import { precompress } from "./scripts/precompress.ts";
import { routePreload } from "./scripts/route-preload.ts";

export default defineConfig({
  plugins: [react(), msalWithoutBroker(), routePreload(ROUTE_MODULES), precompress()],
  build: {
    sourcemap: true,
    // Read by scripts/check-build.mjs and the bench to know which files each route loads.
    manifest: true,
    target: "es2022",
    rollupOptions: { input: { main: "index.html", redirect: "redirect.html" } },
  },
  preview: { port: 5173, strictPort: true },
  server: { port: 5173, strictPort: true },
  test: {
    projects: [
      {
        extends: true,
        test: {
          name: "app",
          environment: "jsdom",
          include: ["src/**/*.test.{ts,tsx}"],
          setupFiles: ["src/test-setup.ts"],
        },
      },
      {
        test: {
          name: "node",
          environment: "node",
          include: ["simulator/**/*.test.ts", "scripts/**/*.test.ts"],
        },
      },
    ],
  },
});
