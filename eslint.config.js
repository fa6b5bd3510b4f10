import js from "@eslint/js";
import pluginQuery from "@tanstack/eslint-plugin-query";
import { createTypeScriptImportResolver } from "eslint-import-resolver-typescript";
import importX from "eslint-plugin-import-x";
import jsxA11y from "eslint-plugin-jsx-a11y";
import reactHooks from "eslint-plugin-react-hooks";
import globals from "globals";
import tseslint from "typescript-eslint";

export default tseslint.config(
  {
    ignores: [
      "dist",
      "dist-*",
      "node_modules",
      ".sim-data",
      ".bench",
      "test-results",
      "playwright-report",
    ],
  },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    files: ["src/**/*.{ts,tsx}"],
    languageOptions: { globals: globals.browser },
    plugins: { "react-hooks": reactHooks },
    rules: {
      ...reactHooks.configs.recommended.rules,
      "no-restricted-imports": [
        "error",
        {
          patterns: [
            { group: ["**/simulator/**"], message: "The app never imports the stand-in." },
          ],
        },
      ],
    },
  },
  {
    // The layers: app → features → (ui | api) → auth → config. Each zone names what a layer
    // must not import; main.tsx and redirect-bridge.ts stand with app.
    files: ["src/**/*.{ts,tsx}"],
    plugins: { "import-x": importX },
    settings: {
      ...importX.flatConfigs.typescript.settings,
      "import-x/resolver-next": [createTypeScriptImportResolver({ project: "tsconfig.app.json" })],
    },
    rules: {
      "import-x/no-cycle": "error",
      "import-x/no-restricted-paths": [
        "error",
        {
          zones: [
            layer("src/features", ["src/app", "src/main.tsx"], "Features never import the app."),
            layer(
              "src/ui",
              ["src/app", "src/features", "src/api"],
              "ui/ takes data: no app, features or api.",
            ),
            layer(
              "src/api",
              ["src/app", "src/features", "src/ui"],
              "api/ knows no app, features or ui.",
            ),
            layer(
              "src/auth",
              ["src/app", "src/features", "src/ui", "src/api"],
              "auth/ sits below api, features and ui.",
            ),
            layer(
              "src/lib",
              ["src/app", "src/features", "src/ui", "src/api", "src/auth"],
              "lib/ is plain helpers any layer may use: it imports none of them.",
            ),
            layer(
              ["src/config.ts", "src/config-context.ts", "src/paths.ts"],
              ["src/app", "src/features", "src/ui", "src/api", "src/auth"],
              "config is the bottom layer.",
            ),
          ],
        },
      ],
    },
  },
  { files: ["src/**/*.tsx"], ...jsxA11y.flatConfigs.recommended },
  ...pluginQuery.configs["flat/recommended"],
  {
    files: ["simulator/**", "scripts/**", "e2e/**", "*.config.{ts,js}"],
    languageOptions: { globals: globals.node },
  },
  {
    rules: {
      "@typescript-eslint/no-unused-vars": [
        "error",
        { argsIgnorePattern: "^_", varsIgnorePattern: "^_" },
      ],
    },
  },
);

/** A zone of import-x/no-restricted-paths: files in `target` must not import from `from`. */
function layer(target, from, message) {
  return { target, from, message };
}
