import { createHash, randomBytes } from "node:crypto";
import { readFile } from "node:fs/promises";
import path from "node:path";
import { decodeJwt } from "jose";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { HttpsBrowser } from "./https-client";
import { API_AUDIENCE, DEV_CLIENT_ID, SEED } from "./seed-ids";
import { APP_ORIGIN, TEST_DATA_DIR, startTestSim, type TestSim } from "./test-helpers";

const MSAL_SCOPES = "openid profile offline_access itwin-platform";
const REDIRECT_URI = `${APP_ORIGIN}/`;

let sim: TestSim;
let ca: string;
beforeAll(async () => {
  sim = await startTestSim();
  ca = await readFile(path.join(TEST_DATA_DIR, "localhost-cert.pem"), "utf8");
});
afterAll(() => sim.close());

interface Tokens {
  access_token: string;
  refresh_token: string;
  id_token: string;
  expires_in: number;
}

/** Authorization code + PKCE through the provider's real pages, as MSAL and a person would. */
async function signIn(
  browser: HttpsBrowser,
  userButton: string,
  userKey: string,
  extra: Record<string, string> = {},
): Promise<Tokens> {
  const verifier = randomBytes(32).toString("base64url");
  const challenge = createHash("sha256").update(verifier).digest("base64url");
  const authorize = new URL(`${sim.idpUrl}/auth`);
  authorize.search = new URLSearchParams({
    client_id: DEV_CLIENT_ID,
    response_type: "code",
    redirect_uri: REDIRECT_URI,
    scope: MSAL_SCOPES,
    code_challenge: challenge,
    code_challenge_method: "S256",
    state: "state-1",
    nonce: "nonce-1",
    ...extra,
  }).toString();

  const login = await browser.follow(authorize.href);
  expect(login.response.status).toBe(200);
  expect(login.response.text).toContain("<h1>Sign in to the iTwin Platform stand-in</h1>");
  expect(login.response.text).toContain(`>${userButton}</button>`);
  expect(login.response.text).not.toMatch(/https?:\/\/(?!localhost)[a-z]/i);

  const action = /<form method="post" action="([^"]+)"/.exec(login.response.text)?.[1] as string;
  const back = await browser.follow(new URL(action, login.url).href, { form: { user: userKey } });
  const redirect = new URL(back.url);
  expect(redirect.origin + redirect.pathname).toBe(REDIRECT_URI);
  expect(redirect.searchParams.get("state")).toBe("state-1");
  const code = redirect.searchParams.get("code") as string;
  expect(code).toBeTruthy();

  const token = await browser.send(`${sim.idpUrl}/token`, {
    headers: { origin: APP_ORIGIN },
    form: {
      grant_type: "authorization_code",
      client_id: DEV_CLIENT_ID,
      code,
      redirect_uri: REDIRECT_URI,
      code_verifier: verifier,
      scope: MSAL_SCOPES,
      ...extra,
    },
  });
  expect(token.status, token.text).toBe(200);
  expect(token.headers["access-control-allow-origin"]).toBe(APP_ORIGIN);
  return JSON.parse(token.text) as Tokens;
}

async function refresh(browser: HttpsBrowser, refreshToken: string) {
  const res = await browser.send(`${sim.idpUrl}/token`, {
    headers: { origin: APP_ORIGIN },
    form: {
      grant_type: "refresh_token",
      client_id: DEV_CLIENT_ID,
      refresh_token: refreshToken,
      scope: MSAL_SCOPES,
    },
  });
  return { status: res.status, body: JSON.parse(res.text) as Tokens & { error?: string } };
}

async function apiStatus(accessToken: string): Promise<number> {
  return (await sim.api(`/imodels/${SEED.imodels.sunCityPlant}`, { token: accessToken })).status;
}

describe("identity provider", () => {
  it("serves discovery and keys to the app's origin (CORS)", async () => {
    const browser = new HttpsBrowser(ca);
    const discovery = await browser.send(`${sim.idpUrl}/.well-known/openid-configuration`, {
      headers: { origin: APP_ORIGIN },
    });
    expect(discovery.status).toBe(200);
    expect(discovery.headers["access-control-allow-origin"]).toBeTruthy();
    const config = JSON.parse(discovery.text) as Record<string, unknown>;
    expect(config.issuer).toBe(sim.idpUrl);
    expect(config.end_session_endpoint).toBe(`${sim.idpUrl}/session/end`);
    const jwks = await browser.send(config.jwks_uri as string, { headers: { origin: APP_ORIGIN } });
    expect((JSON.parse(jwks.text) as { keys: { kid: string }[] }).keys[0]?.kid).toBeTruthy();
  });

  it("runs code + PKCE, issues API tokens that work, refreshes, and refuses refresh after revoke", async () => {
    const browser = new HttpsBrowser(ca);
    const tokens = await signIn(browser, "Sign in as Erin Editor", "editor");

    const access = decodeJwt(tokens.access_token);
    expect(access).toMatchObject({
      iss: sim.idpUrl,
      aud: API_AUDIENCE,
      sub: "editor",
      client_id: DEV_CLIENT_ID,
      azp: DEV_CLIENT_ID,
    });
    expect(String(access.scope).split(" ")).toContain("itwin-platform");
    expect((access.exp as number) - (access.iat as number)).toBe(3600);
    const id = decodeJwt(tokens.id_token);
    expect(id).toMatchObject({
      name: "Erin Editor",
      preferred_username: "erin.editor@example.com",
      nonce: "nonce-1",
    });
    expect(tokens.refresh_token).toBeTruthy();
    expect(await apiStatus(tokens.access_token)).toBe(200);

    const refreshed = await refresh(browser, tokens.refresh_token);
    expect(refreshed.status, JSON.stringify(refreshed.body)).toBe(200);
    expect(decodeJwt(refreshed.body.access_token).aud).toBe(API_AUDIENCE);
    expect(await apiStatus(refreshed.body.access_token)).toBe(200);

    expect((await sim.control("/__sim/sessions/revoke", { user: "editor" })).status).toBe(204);
    const refused = await refresh(browser, refreshed.body.refresh_token);
    expect(refused.status).toBe(400);
    expect(refused.body.error).toBe("invalid_grant");

    const again = await browser.follow(
      `${sim.idpUrl}/auth?client_id=${DEV_CLIENT_ID}&response_type=code&redirect_uri=${encodeURIComponent(REDIRECT_URI)}&scope=openid&code_challenge=${"a".repeat(43)}&code_challenge_method=S256`,
    );
    expect(again.response.text).toContain("Sign in as Vic Viewer");
  });

  it("signs out through end_session (auto-submitting page) and then refuses the old refresh token", async () => {
    const browser = new HttpsBrowser(ca);
    const tokens = await signIn(browser, "Sign in as Mia Mixed", "mixed");
    const before = await refresh(browser, tokens.refresh_token);
    expect(before.status).toBe(200);
    const endSession = new URL(`${sim.idpUrl}/session/end`);
    endSession.search = new URLSearchParams({
      id_token_hint: tokens.id_token,
      post_logout_redirect_uri: REDIRECT_URI,
      state: "bye",
    }).toString();
    const confirm = await browser.send(endSession.href);
    expect(confirm.status).toBe(200);
    expect(confirm.text).toMatch(/<button[^>]*>Sign out<\/button>/);
    expect(confirm.text).toContain("<script>");
    const action = /<form id="op.logoutForm" method="post" action="([^"]+)"/.exec(
      confirm.text,
    )?.[1] as string;
    const xsrf = /name="xsrf" value="([^"]+)"/.exec(confirm.text)?.[1] as string;
    const done = await browser.send(action, { form: { xsrf, logout: "yes" } });
    expect(done.status).toBe(303);
    expect(done.headers.location).toBe(`${REDIRECT_URI}?state=bye`);

    const refused = await refresh(browser, before.body.refresh_token);
    expect(refused.status).toBe(400);
    expect(refused.body.error).toBe("invalid_grant");
  });

  it("accepts the resource named by its scope (resource=itwin-platform)", async () => {
    const browser = new HttpsBrowser(ca);
    const tokens = await signIn(browser, "Sign in as Vic Viewer", "viewer", {
      resource: "itwin-platform",
    });
    expect(decodeJwt(tokens.access_token).aud).toBe(API_AUDIENCE);
    expect(await apiStatus(tokens.access_token)).toBe(200);
  });

  it("shows the sign-in page again for prompt=select_account, even with a session", async () => {
    const browser = new HttpsBrowser(ca);
    await signIn(browser, "Sign in as Erin Editor", "editor");
    const tokens = await signIn(browser, "Sign in as Mia Mixed", "mixed", {
      prompt: "select_account",
    });
    expect(decodeJwt(tokens.access_token).sub).toBe("mixed");
  });

  it("uses the access-token lifetime set through the control API", async () => {
    expect((await sim.control("/__sim/token-ttl", { seconds: 120 })).status).toBe(204);
    const tokens = await signIn(new HttpsBrowser(ca), "Sign in as Vic Viewer", "viewer");
    const access = decodeJwt(tokens.access_token);
    expect((access.exp as number) - (access.iat as number)).toBe(120);
    expect(tokens.expires_in).toBe(120);
    await sim.control("/__sim/reset");
  });
});
