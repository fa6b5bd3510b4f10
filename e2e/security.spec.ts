import { spawn } from "node:child_process";
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { SEED } from "../simulator/seed-ids";
import { expect, pickITwin, signOut, test } from "./fixtures";

test("the production server sends a strict CSP and an injected inline script is blocked", async ({
  signedInPage: page,
  pageProblems,
}) => {
  pageProblems.allow(/securitypolicyviolation .*: (require-trusted-types-for|script-src)/);
  const response = await page.goto(`/itwins/${SEED.itwins.sunCity}`);
  const headers = response!.headers();
  const csp = headers["content-security-policy"];
  expect(csp).toContain("script-src 'self'");
  expect(csp).toContain("object-src 'none'");
  expect(csp).toContain("base-uri 'none'");
  expect(csp).toContain("frame-ancestors 'none'");
  expect(csp).toMatch(/connect-src 'self' https:\/\/localhost:\d+ http:\/\/localhost:\d+/);
  expect(csp).toContain("require-trusted-types-for 'script'");
  expect(csp).toMatch(/(^|; )trusted-types default(;|$)/);
  expect(headers["x-content-type-options"]).toBe("nosniff");
  expect(headers["referrer-policy"]).toBe("no-referrer");
  expect(headers["cross-origin-opener-policy"]).toBe("same-origin");
  expect(headers["cross-origin-resource-policy"]).toBe("same-origin");
  expect(headers["strict-transport-security"]).toBeUndefined();

  let dialogs = 0;
  page.on("dialog", (dialog) => {
    dialogs += 1;
    void dialog.dismiss();
  });
  // Trusted Types refuse the script's text as a string; built from a text node, the script is
  // refused when it would run (by Trusted Types first; script-src would stop it too).
  const outcome = await page.evaluate(
    () =>
      new Promise<{ textContent: string; violation: string }>((resolve) => {
        let textContent = "assigned";
        try {
          document.createElement("script").textContent = "alert('injected')";
        } catch (error) {
          textContent = (error as Error).name;
        }
        document.addEventListener(
          "securitypolicyviolation",
          (event) => resolve({ textContent, violation: event.effectiveDirective }),
          { once: true },
        );
        const script = document.createElement("script");
        script.append(document.createTextNode("alert('injected')"));
        document.body.append(script);
      }),
  );
  expect(outcome.textContent).toBe("TypeError");
  expect(outcome.violation).toMatch(/^(require-trusted-types-for|script-src)/);
  expect(dialogs).toBe(0);
});

test("Trusted Types are enforced: a string assigned to innerHTML is refused, Leaflet's map works", async ({
  signedInPage: page,
  pageProblems,
}) => {
  pageProblems.allow(
    /securitypolicyviolation .*: require-trusted-types-for blocked trusted-types-sink/,
  );
  let dialogs = 0;
  page.on("dialog", (dialog) => {
    dialogs += 1;
    void dialog.dismiss();
  });
  await page.goto(`/imodels/${SEED.imodels.sunCityWindFarm}`);
  // The map is made as it comes near the window: scroll to the field just above it.
  // The read-only field shown while its code loads is replaced: wait for the real one.
  await expect(page.getByLabel("Find a place")).toBeEditable();
  await page.getByLabel("Find a place").scrollIntoViewIfNeeded();
  const map = page.getByRole("application", { name: "Map" });
  await map.scrollIntoViewIfNeeded();
  await expect(map.getByRole("button", { name: "Zoom in" })).toBeVisible();
  // Tiles are unreachable in the e2e stack: the attribution names the offline map's sources.
  await expect(map.getByRole("link", { name: "Natural Earth" })).toHaveAttribute(
    "href",
    "https://www.naturalearthdata.com",
  );
  await expect(page.getByText("The map could not be loaded")).toHaveCount(0);

  const outcome = await page.evaluate(() => {
    const div = document.createElement("div");
    document.body.append(div);
    const attempts: Record<string, string> = {};
    const attempt = (name: string, assign: () => void) => {
      try {
        assign();
        attempts[name] = "assigned";
      } catch (error) {
        attempts[name] = (error as Error).name;
      }
    };
    attempt("innerHTML", () => (div.innerHTML = "<img src=x onerror=alert(1)>"));
    attempt("insertAdjacentHTML", () => div.insertAdjacentHTML("beforeend", "<b>bold</b>"));
    attempt("script.src", () => (document.createElement("script").src = "/evil.js"));
    attempt("Leaflet's own markup", () => (div.innerHTML = "<svg/>"));
    return { attempts, images: div.querySelectorAll("img").length };
  });
  expect(outcome).toEqual({
    attempts: {
      innerHTML: "TypeError",
      insertAdjacentHTML: "TypeError",
      "script.src": "TypeError",
      "Leaflet's own markup": "assigned",
    },
    images: 0,
  });
  expect(pageProblems.seen.filter((p) => p.includes("require-trusted-types-for"))).toHaveLength(3);
  expect(dialogs).toBe(0);
});

test("no code, state or token stays in the address bar or in history after sign-in and sign-out", async ({
  page,
  sim: _sim,
  baseURL,
}) => {
  const appOrigin = new URL(baseURL!).origin;
  const secret = /[?#&](code|state|session_state|id_token|access_token|refresh_token|error)=/;
  /** Steps back through history while it stays in the app, returning each address seen. */
  const appHistory = async () => {
    const seen = [await page.evaluate(() => location.href)];
    while (seen.length < 10 && (await page.evaluate(() => history.length)) > seen.length) {
      const response = await page.goBack({ waitUntil: "commit" });
      if (!response || new URL(page.url()).origin !== appOrigin) break;
      seen.push(page.url());
    }
    return seen;
  };

  await page.goto(`/itwins/${SEED.itwins.sunCity}`);
  await page.getByRole("button", { name: "Sign in", exact: true }).click();
  await page.getByRole("button", { name: "Sign in as Erin Editor" }).click();
  await expect(page.getByRole("banner").getByText("Erin Editor")).toBeVisible();
  expect(page.url()).toBe(`${appOrigin}/itwins/${SEED.itwins.sunCity}`);
  const afterSignIn = await appHistory();
  expect(afterSignIn.length).toBeGreaterThan(0);
  for (const url of afterSignIn) expect(url).not.toMatch(secret);
  expect(afterSignIn.some((url) => url.includes("/redirect.html"))).toBe(false);

  await page.goto(`/itwins/${SEED.itwins.sunCity}`);
  await expect(page.getByRole("banner").getByText("Erin Editor")).toBeVisible();
  await signOut(page);
  await expect(page.getByRole("button", { name: "Sign in", exact: true })).toBeVisible();
  expect(page.url()).toBe(`${appOrigin}/`);
  expect(await page.evaluate(() => location.search + location.hash)).toBe("");
  const afterSignOut = await appHistory();
  for (const url of afterSignOut) expect(url).not.toMatch(secret);
});

test("names and descriptions with markup are shown as text everywhere", async ({
  signedInPage: page,
  sim,
}) => {
  let dialogs = 0;
  page.on("dialog", (dialog) => {
    dialogs += 1;
    void dialog.dismiss();
  });
  const payload = `<img src=x onerror=alert(1)><script>alert(2)</script>`;
  const renamed = await sim.asUser("editor", "PATCH", `/imodels/${SEED.imodels.sunCityWindFarm}`, {
    name: payload,
  });
  expect(renamed.ok()).toBe(true);

  await page.goto(`/itwins/${SEED.itwins.sunCity}?q=onerror`);
  await expect(page.getByRole("link", { name: payload })).toBeVisible();
  await page.getByRole("link", { name: payload }).click();
  await expect(page.getByRole("heading", { level: 1, name: payload })).toBeVisible();
  await expect(page).toHaveTitle(`${payload} · iModel Admin`);
  expect(await page.locator("main img[src='x']").count()).toBe(0);
  expect(dialogs).toBe(0);
});

test("no token reaches localStorage, a URL the app navigates to, or the console", async ({
  page,
  sim: _sim,
}) => {
  const consoleText: string[] = [];
  const urls: string[] = [];
  page.on("console", (message) => consoleText.push(message.text()));
  page.on("framenavigated", (frame) => urls.push(frame.url()));
  await page.goto("/");
  await page.getByRole("button", { name: "Sign in", exact: true }).click();
  await page.getByRole("button", { name: "Sign in as Erin Editor" }).click();
  await pickITwin(page, "Sun City Renewable-energy");
  await expect(page.getByRole("link", { name: "Sun City Renewable-energy Plant" })).toBeVisible();

  const { local, session } = await page.evaluate(() => ({
    local: JSON.stringify({ ...localStorage }),
    session: JSON.stringify({ ...sessionStorage }),
  }));
  expect(session).toMatch(/AccessToken/);
  expect(local).not.toMatch(/AccessToken|RefreshToken|IdToken|eyJ/);
  const jwt = /eyJ[\w-]+\.[\w-]+\.[\w-]+/;
  for (const url of urls) {
    expect(url).not.toMatch(jwt);
    expect(url).not.toMatch(/[?#&](access_token|refresh_token|id_token)=/);
  }
  for (const line of consoleText) expect(line).not.toMatch(jwt);
});

test("a crafted address after sign-in does not lead away from the app", async ({
  page,
  sim: _sim,
  baseURL,
}) => {
  await page.goto("/?returnTo=https://evil.example/steal&state=https://evil.example/");
  await page.getByRole("button", { name: "Sign in", exact: true }).click();
  await page.getByRole("button", { name: "Sign in as Erin Editor" }).click();
  await expect(page.getByRole("banner").getByText("Erin Editor")).toBeVisible();
  expect(new URL(page.url()).origin).toBe(new URL(baseURL!).origin);

  await page.goto("/redirect.html?state=https://evil.example/&code=forged");
  await expect(page).toHaveURL((url) => url.origin === new URL(baseURL!).origin);
});

test("a broken config.json shows the configuration error page", async ({ page }) => {
  const dir = mkdtempSync(join(tmpdir(), "imodel-admin-config-"));
  const configFile = join(dir, "config.json");
  writeFileSync(
    configFile,
    JSON.stringify({ authority: "http://not-https.example", clientId: "" }),
  );
  const port = 4199;
  const server = spawn("node", ["scripts/serve.mjs"], {
    env: { ...process.env, APP_PORT: String(port), CONFIG_FILE: configFile },
    stdio: ["ignore", "pipe", "inherit"],
  });
  try {
    await new Promise<void>((resolve) => server.stdout!.on("data", () => resolve()));
    await page.goto(`http://localhost:${port}/`);
    await expect(
      page.getByRole("heading", { name: "iModel Admin is not configured correctly" }),
    ).toBeVisible();
    await expect(page.getByRole("listitem").filter({ hasText: "authority" }).first()).toBeVisible();
    await expect(page.getByRole("listitem").filter({ hasText: "clientId" })).toBeVisible();
  } finally {
    server.kill();
  }
});
