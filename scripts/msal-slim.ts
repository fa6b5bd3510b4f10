import { fileURLToPath } from "node:url";
import type { Plugin } from "vite";

/**
 * MSAL modules the app never runs, under node_modules/@azure/, and the stubs the build uses
 * instead. MSAL imports each of them whatever its configuration, so tree-shaking keeps them.
 */
export const MSAL_STUBS: Record<string, string> = {
  // The platform broker (Windows WAM and its browser extension): `allowPlatformBroker: false`.
  "msal-browser/dist/broker/nativeBroker/PlatformAuthProvider.mjs": "platform-auth-provider.mjs",
  "msal-browser/dist/interaction_client/PlatformAuthInteractionClient.mjs":
    "platform-auth-interaction-client.mjs",
  // Hidden-iframe renewal and redeeming a server's code: access-token.ts renews with the refresh
  // token only (`CacheLookupPolicy.AccessTokenAndRefreshToken`); nothing calls ssoSilent or
  // acquireTokenByCode.
  "msal-browser/dist/interaction_client/SilentIframeClient.mjs": "silent-iframe-client.mjs",
  "msal-browser/dist/interaction_client/SilentAuthCodeClient.mjs": "silent-auth-code-client.mjs",
  // The encrypted localStorage cache: `cacheLocation: "sessionStorage"`.
  "msal-browser/dist/cache/LocalStorage.mjs": "local-storage.mjs",
  // Proof-of-possession and DPoP tokens, and the key store behind them: the app asks for
  // Bearer tokens only.
  "msal-browser/dist/crypto/TokenBindingKeyManager.mjs": "token-binding-key-manager.mjs",
  "msal-common/dist-browser/crypto/PopTokenGenerator.mjs": "pop-token-generator.mjs",
  "msal-common/dist-browser/crypto/DpopProofGenerator.mjs": "dpop-proof-generator.mjs",
  // Azure region discovery, for confidential clients with `azureRegionConfiguration`.
  "msal-common/dist-browser/authority/RegionDiscovery.mjs": "region-discovery.mjs",
};
const AZURE = "/node_modules/@azure/";
const STUBBED_NAMES = Object.keys(MSAL_STUBS).map((path) => path.slice(path.lastIndexOf("/") + 1));

export function stubPath(file: string) {
  return fileURLToPath(new URL(`./msal-slim/${file}`, import.meta.url));
}

/**
 * Leaves the MSAL code listed in MSAL_STUBS out of the build. The app's configuration never
 * reaches it (msal-instance.ts), and each stub refuses loudly if it ever does.
 */
export function msalSlim(): Plugin {
  return {
    name: "imodel-admin:msal-slim",
    apply: "build",
    enforce: "pre",
    async resolveId(source, importer, options) {
      if (!importer?.replaceAll("\\", "/").includes(AZURE + "msal-")) return null;
      if (!STUBBED_NAMES.some((name) => source.endsWith(name))) return null;
      const resolved = await this.resolve(source, importer, { ...options, skipSelf: true });
      if (!resolved) return null;
      const path = resolved.id.replaceAll("\\", "/");
      for (const [original, stub] of Object.entries(MSAL_STUBS))
        if (path.endsWith(AZURE + original)) return stubPath(stub);
      return null;
    },
  };
}
