import react from "@vitejs/plugin-react";
import { defineConfig } from "vitest/config";
import { msalWithoutBroker } from "./scripts/msal-without-broker.ts";
import { precompress } from "./scripts/precompress.ts";
import { routePreload } from "./scripts/route-preload.ts";

export default defineConfig({
  plugins: [
    react(),
    msalWithoutBroker(),
    routePreload([
      { path: "/itwins/", module: "src/features/imodel-list/imodel-list-page.tsx" },
      { path: "/imodels/", module: "src/features/imodel-edit/imodel-page.tsx" },
      // The map is in the first screen only beside the form (two columns) in a tall enough window.
      {
        path: "/imodels/",
        module: "src/features/extent/extent-map.tsx",
        media: "(min-width: 60rem) and (min-height: 50rem)",
      },
    ]),
    precompress(),
  ],
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
