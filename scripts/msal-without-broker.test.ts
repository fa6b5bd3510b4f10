import { createRequire } from "node:module";
import { dirname, join } from "node:path";
import { pathToFileURL } from "node:url";
import { describe, expect, it } from "vitest";
import { BROKER_STUBS, stubPath } from "./msal-without-broker";

const require = createRequire(import.meta.url);
const msalDist = join(dirname(require.resolve("@azure/msal-browser/package.json")), "dist");

describe("MSAL without its platform broker", () => {
  for (const [original, stub] of Object.entries(BROKER_STUBS)) {
    it(`${stub} exports what MSAL's ${original} exports`, async () => {
      const real = await import(pathToFileURL(join(msalDist, original)).href);
      const replacement = await import(pathToFileURL(stubPath(stub)).href);
      expect(Object.keys(replacement).sort()).toEqual(Object.keys(real).sort());
    });
  }

  it("answers as MSAL does with the broker off, and refuses it on", async () => {
    const provider = await import(
      pathToFileURL(stubPath(BROKER_STUBS["broker/nativeBroker/PlatformAuthProvider.mjs"])).href
    );
    expect(provider.isPlatformAuthAllowed({ system: { allowPlatformBroker: false } })).toBe(false);
    await expect(provider.getPlatformAuthProvider()).resolves.toBeUndefined();
    expect(() => provider.isPlatformAuthAllowed({ system: { allowPlatformBroker: true } })).toThrow(
      /no platform broker/,
    );
  });
});
