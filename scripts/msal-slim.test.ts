import { createRequire } from "node:module";
import { dirname, join } from "node:path";
import { pathToFileURL } from "node:url";
import { describe, expect, it } from "vitest";
import { MSAL_STUBS, stubPath } from "./msal-slim";

const require = createRequire(import.meta.url);
const azure = dirname(dirname(require.resolve("@azure/msal-browser/package.json")));
const stub = (original: string) => import(pathToFileURL(stubPath(MSAL_STUBS[original])).href);

describe("MSAL without the parts the app never runs", () => {
  for (const [original, replacement] of Object.entries(MSAL_STUBS)) {
    it(`${replacement} exports what MSAL's ${original} exports`, async () => {
      const real = await import(pathToFileURL(join(azure, original)).href);
      const stubbed = await import(pathToFileURL(stubPath(replacement)).href);
      expect(Object.keys(stubbed).sort()).toEqual(Object.keys(real).sort());
    });
  }

  it("answers as MSAL does with the broker off, and refuses it on", async () => {
    const provider = await stub("msal-browser/dist/broker/nativeBroker/PlatformAuthProvider.mjs");
    expect(provider.isPlatformAuthAllowed({ system: { allowPlatformBroker: false } })).toBe(false);
    await expect(provider.getPlatformAuthProvider()).resolves.toBeUndefined();
    expect(() => provider.isPlatformAuthAllowed({ system: { allowPlatformBroker: true } })).toThrow(
      /no platform broker/,
    );
  });

  it("has an empty key store that clears, and refuses to make or read a key", async () => {
    const { TokenBindingKeyManager } = await stub(
      "msal-browser/dist/crypto/TokenBindingKeyManager.mjs",
    );
    const keys = new TokenBindingKeyManager({}, undefined);
    await expect(keys.clearKeystore("id")).resolves.toBe(true);
    await expect(keys.removeTokenBindingKey("kid", "id")).resolves.toBeUndefined();
    await expect(keys.hasTokenBindingKey("kid", "id")).resolves.toBe(false);
    await expect(keys.provisionTokenBindingKey({})).rejects.toThrow(/Bearer/);
    await expect(keys.getTokenBindingPublicKeyJwk("kid", "id")).rejects.toThrow(/Bearer/);
  });

  it("refuses what the app never turns on, naming what to keep", async () => {
    const { PopTokenGenerator } = await stub(
      "msal-common/dist-browser/crypto/PopTokenGenerator.mjs",
    );
    const { DpopProofGenerator } = await stub(
      "msal-common/dist-browser/crypto/DpopProofGenerator.mjs",
    );
    const { LocalStorage } = await stub("msal-browser/dist/cache/LocalStorage.mjs");
    const { RegionDiscovery } = await stub(
      "msal-common/dist-browser/authority/RegionDiscovery.mjs",
    );
    expect(() => new PopTokenGenerator()).toThrow(/Bearer/);
    expect(() => new DpopProofGenerator()).toThrow(/Bearer/);
    expect(() => new LocalStorage("client")).toThrow(/sessionStorage/);
    const { SilentIframeClient } = await stub(
      "msal-browser/dist/interaction_client/SilentIframeClient.mjs",
    );
    const { SilentAuthCodeClient } = await stub(
      "msal-browser/dist/interaction_client/SilentAuthCodeClient.mjs",
    );
    expect(() => new SilentIframeClient()).toThrow(/AccessTokenAndRefreshToken/);
    expect(() => new SilentAuthCodeClient()).toThrow(/acquireTokenByCode/);
    await expect(new RegionDiscovery().detectRegion()).rejects.toThrow(/region/);
  });

  it("keeps the MSAL modules it replaces out of the build", async () => {
    const { msalSlim } = await import("./msal-slim");
    const plugin = msalSlim();
    const importer = join(azure, "msal-common/dist-browser/response/ResponseHandler.mjs");
    const resolveId = plugin.resolveId as (
      this: unknown,
      source: string,
      importer: string,
      options: object,
    ) => Promise<string | null>;
    const context = {
      resolve: async (source: string) => ({ id: join(dirname(importer), source) }),
    };
    await expect(
      resolveId.call(context, "../crypto/PopTokenGenerator.mjs", importer, {}),
    ).resolves.toBe(stubPath("pop-token-generator.mjs"));
    await expect(
      resolveId.call(context, "../crypto/ICrypto.mjs", importer, {}),
    ).resolves.toBeNull();
  });
});
