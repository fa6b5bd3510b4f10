import { fileURLToPath } from "node:url";
import type { Plugin } from "vite";

const PRODUCTION = fileURLToPath(
  new URL("../node_modules/react-router/dist/production/index.mjs", import.meta.url),
);

/**
 * React Router's package exports name only its development build, for every condition
 * (remix-run/react-router#14102), so the app shipped its warnings and checks. The build takes
 * the production build of the same version instead; dev server and tests keep the warnings.
 */
export function reactRouterProduction(): Plugin {
  return {
    name: "imodel-admin:react-router-production",
    apply: "build",
    enforce: "pre",
    resolveId(source) {
      return source === "react-router" ? PRODUCTION : null;
    },
  };
}
