import react from "@vitejs/plugin-react";
import { defineConfig } from "vitest/config";
import { precompress } from "./scripts/precompress.ts";

export default defineConfig({
  plugins: [react(), precompress()],
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
          name: "simulator",
          environment: "node",
          include: ["simulator/**/*.test.ts"],
        },
      },
    ],
  },
});
