import { SignJWT, decodeJwt, generateKeyPair } from "jose";
import { describe, expect, it } from "vitest";
import { loadSigningKey } from "./keys";
import { DEV_CLIENT_ID, SEED } from "./seed-ids";
import { TEST_DATA_DIR, errorOf, useTestSim } from "./test-helpers";

const sim = useTestSim({ reset: false });

const path = `/imodels/${SEED.imodels.sunCityPlant}`;

async function craft(
  claims: Record<string, unknown>,
  options: { aud?: string; iss?: string; key?: CryptoKey; kid?: string } = {},
) {
  const key = options.key ?? (await generateKeyPair("RS256")).privateKey;
  const now = Math.floor(Date.now() / 1000);
  return new SignJWT({ scope: "itwin-platform", client_id: DEV_CLIENT_ID, ...claims })
    .setProtectedHeader({ alg: "RS256", kid: options.kid ?? "unknown-kid" })
    .setIssuer(options.iss ?? sim.idpUrl)
    .setAudience(options.aud ?? "itwin-platform")
    .setSubject("editor")
    .setIssuedAt(now)
    .setExpirationTime(now + 600)
    .sign(key);
}

describe("API authentication", () => {
  it("answers 401 HeaderNotFound without an Authorization header", async () => {
    const res = await sim.api(path, { user: null });
    expect(res.status).toBe(401);
    expect(await errorOf(res)).toEqual({
      code: "HeaderNotFound",
      message: "Header Authorization was not found in the request. Access denied.",
    });
  });

  it("accepts a token from POST /__sim/token, shaped like the provider's", async () => {
    const token = await sim.token("viewer");
    expect(decodeJwt(token)).toMatchObject({
      iss: sim.idpUrl,
      aud: "itwin-platform",
      sub: "viewer",
      client_id: DEV_CLIENT_ID,
    });
    expect((await sim.api(path, { token })).status).toBe(200);
  });

  it("answers 401 Unauthorized for a malformed header or token", async () => {
    for (const header of ["Basic abc", "Bearer", "Bearer not.a.jwt"]) {
      const res = await sim.api(path, { user: null, headers: { Authorization: header } });
      expect(res.status).toBe(401);
      expect((await errorOf(res)).code).toBe("Unauthorized");
    }
  });

  it("answers 401 Unauthorized for an expired token", async () => {
    const expired = await sim.token("editor", -5);
    const res = await sim.api(path, { token: expired });
    expect(res.status).toBe(401);
    expect((await errorOf(res)).code).toBe("Unauthorized");
  });

  it("answers 401 Unauthorized for a token signed with another key", async () => {
    const valid = await sim.token("editor");
    const { kid } = JSON.parse(
      Buffer.from(valid.split(".")[0] as string, "base64url").toString(),
    ) as { kid: string };
    const forged = await craft({}, { kid });
    expect((await sim.api(path, { token: forged })).status).toBe(401);
  });

  it("answers 401 Unauthorized for a wrong audience, a wrong issuer or a missing scope", async () => {
    // Altering a claim of a real token breaks its signature: refused.
    const valid = await sim.token("editor");
    const [header, payload, signature] = valid.split(".") as [string, string, string];
    const claims = JSON.parse(Buffer.from(payload, "base64url").toString()) as Record<
      string,
      unknown
    >;
    for (const change of [
      { aud: "other-api" },
      { iss: "https://ims.example.com" },
      { scope: "openid" },
    ]) {
      const altered = Buffer.from(JSON.stringify({ ...claims, ...change })).toString("base64url");
      const res = await sim.api(path, { token: `${header}.${altered}.${signature}` });
      expect(res.status).toBe(401);
      expect((await errorOf(res)).code).toBe("Unauthorized");
    }
  });

  it("checks audience, issuer and scope of properly signed tokens too", async () => {
    const dataKey = await loadSigningKey(TEST_DATA_DIR);
    const sign = (claims: Record<string, unknown>, options: { aud?: string; iss?: string } = {}) =>
      craft(claims, { ...options, key: dataKey.privateKey, kid: dataKey.kid });
    expect((await sim.api(path, { token: await sign({}) })).status).toBe(200);
    expect((await sim.api(path, { token: await sign({}, { aud: "other-api" }) })).status).toBe(401);
    expect(
      (await sim.api(path, { token: await sign({}, { iss: "https://ims.bentley.com" }) })).status,
    ).toBe(401);
    expect((await sim.api(path, { token: await sign({ scope: "openid profile" }) })).status).toBe(
      401,
    );
  });

  it("checks the token before anything else, on every operation", async () => {
    for (const [method, target] of [
      ["GET", "/imodels?iTwinId=x"],
      ["GET", "/itwins"],
      ["PUT", "/imodels/favorites/x"],
      ["PATCH", "/imodels/x"],
      ["GET", "/nowhere"],
    ]) {
      const res = await sim.api(target as string, { method, user: null });
      expect(res.status, `${method} ${target}`).toBe(401);
    }
  });
});
