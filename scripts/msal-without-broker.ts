import { fileURLToPath } from "node:url";
import type { Plugin } from "vite";

/** MSAL's modules for the platform broker, and what the build uses instead. */
export const BROKER_STUBS: Record<string, string> = {
  "broker/nativeBroker/PlatformAuthProvider.mjs": "platform-auth-provider.mjs",
  "interaction_client/PlatformAuthInteractionClient.mjs": "platform-auth-interaction-client.mjs",
};
const MSAL_DIST = "/@azure/msal-browser/dist/";

export function stubPath(file: string) {
  return fileURLToPath(new URL(`./msal-without-broker/${file}`, import.meta.url));
}

/**
 * Leaves MSAL's platform-broker code (Windows WAM and its browser extension) out of the build.
 * MSAL's controller imports it unconditionally, so tree-shaking cannot; the app never turns the
 * broker on (msal-instance.ts), and the stubs refuse loudly if it ever does.
 */
export function msalWithoutBroker(): Plugin {
  return {
    name: "imodel-admin:msal-without-broker",
    apply: "build",
    enforce: "pre",
    async resolveId(source, importer, options) {
      if (!importer?.includes(MSAL_DIST) || !source.includes("PlatformAuth")) return null;
      const resolved = await this.resolve(source, importer, { ...options, skipSelf: true });
      if (!resolved) return null;
      const path = resolved.id.replaceAll("\\", "/");
      for (const [original, stub] of Object.entries(BROKER_STUBS))
        if (path.endsWith(MSAL_DIST + original)) return stubPath(stub);
      return null;
    },
  };
}
