import react from "@vitejs/plugin-react";
import { defineConfig } from "vitest/config";
import { ROUTE_MODULES } from "./src/app/route-modules.ts";
import { msalSlim } from "./scripts/msal-slim.ts";
import { leafletEsm } from "./scripts/leaflet-esm.ts";
import { precompress } from "./scripts/precompress.ts";
import { reactRouterProduction } from "./scripts/react-router-production.ts";
import { routePreload } from "./scripts/route-preload.ts";
import { scriptsAfterStyles } from "./scripts/scripts-after-styles.ts";

export default defineConfig({
  plugins: [
    react(),
    msalSlim(),
    reactRouterProduction(),
    routePreload(ROUTE_MODULES),
    scriptsAfterStyles(),
    precompress(),
    leafletEsm(),
  ],
  build: {
    sourcemap: true,
    // Read by scripts/check-build.mjs and the bench to know which files each route loads.
    manifest: true,
    target: "es2022",
    // Leaflet's CSS names icons for its layers control and default marker, which the app never
    // shows; inlined, they added 3.5 kB gzip of base64 to the map's CSS. As files, no one loads them.
    assetsInlineLimit: (file) =>
      /[\\/]leaflet[\\/]dist[\\/]images[\\/]/.test(file) ? false : undefined,
    // Every browser the app supports has modulepreload (Chromium 66, Firefox 115, Safari 17).
    modulePreload: { polyfill: false },
    rollupOptions: {
      input: { main: "index.html", redirect: "redirect.html" },
      output: {
        // Rolldown splits a module the entry already loads into its own chunk as soon as a lazy
        // chunk imports it too (rolldown#9963, #10731): the list page loaded 12 small chunks, each
        // compressed apart. Three named groups keep them whole: MSAL (also the redirect page's),
        // the libraries every page runs, and the app's shared layers.
        codeSplitting: {
          groups: [
            { name: "msal", test: /node_modules[\\/]@azure[\\/]/, priority: 3 },
            {
              name: "vendor",
              test: /node_modules[\\/](react|react-dom|scheduler|react-router|cookie|set-cookie-parser|@tanstack|zod)[\\/]/,
              priority: 2,
            },
            {
              name: "core",
              // Less what only the start page (its directory) or the detail page (history, places,
              // the map's hooks, dialogs, copy buttons) runs, and the upload transport (loaded on
              // the first upload): in this group they would load with the list page too.
              test: /[\\/]src[\\/](api(?![\\/](imodel-history|geocoder|xhr-fetch)\.)|auth|ui(?![\\/](copy-button|modal-dialog|use-after-first-paint|use-near-viewport)\.)|config|paths|features[\\/](favorites|itwins(?![\\/](itwin-directory|itwin-star|use-itwin-favorite)\.)|thumbnails[\\/]thumbnail-image|bulk[\\/](selection-store|job-presence|job-storage)))[\\/.]|itwinui-icons-react/,
              priority: 1,
            },
          ],
        },
      },
    },
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
