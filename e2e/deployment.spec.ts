// The production server's contract, run against scripts/serve.mjs (playwright.config.ts) and
// against a real nginx with the generated deploy/nginx.conf (playwright.nginx.config.ts).
import { readFileSync, statSync } from "node:fs";
import { SEED } from "../simulator/seed-ids";
import { expect, signIn, test } from "./fixtures";

const dist = new URL("../dist/", import.meta.url);
const mainScript = /src="(\/assets\/main-[\w-]+\.js)"/.exec(
  readFileSync(new URL("index.html", dist), "utf8"),
)![1]!;

const SECURITY_HEADERS = {
  "x-content-type-options": "nosniff",
  "referrer-policy": "no-referrer",
  "cross-origin-opener-policy": "same-origin",
  "cross-origin-resource-policy": "same-origin",
};

test("every response carries the security headers; HSTS only over https", async ({ request }) => {
  for (const path of ["/", `/itwins/${SEED.itwins.sunCity}`, mainScript, "/config.json"]) {
    const headers = (await request.get(path)).headers();
    expect(headers, path).toMatchObject(SECURITY_HEADERS);
    const csp = headers["content-security-policy"];
    for (const directive of [
      "script-src 'self'",
      "style-src 'self'",
      "object-src 'none'",
      "frame-ancestors 'none'",
      "require-trusted-types-for 'script'",
      "trusted-types default",
    ])
      expect(csp, path).toContain(directive);
    expect(headers["strict-transport-security"], path).toBeUndefined();

    const viaTls = await request.get(path, { headers: { "X-Forwarded-Proto": "https" } });
    expect(viaTls.headers()["strict-transport-security"], path).toBe(
      "max-age=31536000; includeSubDomains",
    );
  }
});

test("any app address gets the app's page; a missing asset is a 404", async ({ request }) => {
  const deep = await request.get(`/imodels/${SEED.imodels.sunCityWindFarm}?tab=extent`);
  expect(deep.status()).toBe(200);
  expect(deep.headers()["content-type"]).toMatch(/^text\/html/);
  expect(await deep.text()).toContain(`src="${mainScript}"`);
  expect(deep.headers()["cache-control"]).toBe("no-cache");

  const missing = await request.get("/assets/not-there-123.js");
  expect(missing.status()).toBe(404);
});

test("assets are sent precompressed and cached for good; config.json is never cached", async ({
  request,
}) => {
  const asset = await request.get(mainScript, { headers: { "Accept-Encoding": "gzip" } });
  expect(asset.status()).toBe(200);
  expect(asset.headers()["content-encoding"]).toBe("gzip");
  // The build's own .gz file, not one compressed per request.
  const gz = statSync(new URL(`.${mainScript}.gz`, dist)).size;
  expect(Number(asset.headers()["content-length"])).toBe(gz);
  expect(asset.headers()["cache-control"]).toBe("public, max-age=31536000, immutable");

  const config = await request.get("/config.json");
  expect(config.headers()["cache-control"]).toBe("no-cache");
  expect(config.headers()["content-type"]).toMatch(/^application\/json/);
  expect((await config.json()).apiBaseUrl).toMatch(/^http:\/\/localhost:\d+$/);
});

test("sign-in smoke test: sign in, open an iModel with its map, no violation", async ({
  page,
  sim: _sim,
}) => {
  await signIn(page, "editor", `/itwins/${SEED.itwins.sunCity}`);
  await page.getByRole("link", { name: "Sun City Renewable-energy Plant" }).click();
  await expect(
    page.getByRole("heading", { level: 1, name: "Sun City Renewable-energy Plant" }),
  ).toBeVisible();
  // The map is made as it comes near the window: scroll to the field just above it.
  // The read-only field shown while its code loads is replaced: wait for the real one.
  await expect(page.getByLabel("Find a place")).toBeEditable();
  await page.getByLabel("Find a place").scrollIntoViewIfNeeded();
  const map = page.getByRole("application", { name: "Map" });
  await map.scrollIntoViewIfNeeded();
  await expect(map.getByRole("button", { name: "Zoom in" })).toBeVisible();
  // The stack's tiles are unreachable: the offline map credits its own sources.
  await expect(map.getByRole("link", { name: "Natural Earth" })).toBeVisible();
});
