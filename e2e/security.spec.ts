import { spawn } from "node:child_process";
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { SEED } from "../simulator/seed-ids";
import { expect, test, pickITwin } from "./fixtures";

test("the production server sends a strict CSP and an injected inline script is blocked", async ({
  signedInPage: page,
}) => {
  const response = await page.goto(`/itwins/${SEED.itwins.sunCity}`);
  const headers = response!.headers();
  const csp = headers["content-security-policy"];
  expect(csp).toContain("script-src 'self'");
  expect(csp).toContain("object-src 'none'");
  expect(csp).toContain("base-uri 'none'");
  expect(csp).toContain("frame-ancestors 'none'");
  expect(csp).toMatch(/connect-src 'self' https:\/\/localhost:\d+ http:\/\/localhost:\d+/);
  expect(headers["x-content-type-options"]).toBe("nosniff");
  expect(headers["referrer-policy"]).toBe("no-referrer");

  let dialogs = 0;
  page.on("dialog", (dialog) => {
    dialogs += 1;
    void dialog.dismiss();
  });
  const violation = await page.evaluate(
    () =>
      new Promise<string>((resolve) => {
        document.addEventListener(
          "securitypolicyviolation",
          (event) => resolve(event.violatedDirective),
          { once: true },
        );
        const script = document.createElement("script");
        script.textContent = "alert('injected')";
        document.body.append(script);
      }),
  );
  expect(violation).toMatch(/^script-src/);
  expect(dialogs).toBe(0);
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
