import type { Page } from "@playwright/test";
import { SEED } from "../simulator/seed-ids";
import { serverFavorites, serverIModel, signInAgainInPopup } from "./fault-matrix";
import { expect, signIn, test, USER_NAMES } from "./fixtures";
import type { SimControl } from "./sim-control";

const SUN_CITY = SEED.itwins.sunCity;
const LIST_URL = `/itwins/${SUN_CITY}`;
const PLANT = SEED.imodels.sunCityPlant;
const PLANT_NAME = "Sun City Renewable-energy Plant";
const STARRED = [
  "Sun City Control Building",
  "Sun City Substation",
  "Sun City Wind Farm",
  PLANT_NAME,
];

const main = (page: Page) => page.getByRole("main");
const nameBox = (page: Page) => page.getByRole("textbox", { name: "Name", exact: true });
const descriptionBox = (page: Page) =>
  page.getByRole("textbox", { name: "Description", exact: true });
const saveButton = (page: Page) => page.getByRole("button", { name: "Save", exact: true });
const star = (page: Page, name: string) =>
  page.getByRole("button", { name: `Favorite ${name}`, exact: true });
const countdown = (page: Page) =>
  page
    .getByRole("status")
    .filter({ hasText: /^Rate limited by the iTwin Platform — retrying in \d+ s$/ });
const saved = (page: Page) =>
  expect(page.getByRole("status").filter({ hasText: /^Saved\.$/ })).toHaveCount(1);
const signInAgainButton = (page: Page) => page.getByRole("button", { name: "Sign in again" });

/**
 * Signs in and waits until the start page has its iTwins. With tokens shorter than MSAL's renewal
 * offset every call renews with the refresh token, which the provider rotates: leaving the page
 * while a renewal is under way would lose the new refresh token and end the session.
 */
async function signInAndSettle(page: Page) {
  await signIn(page, "editor");
  await expect(
    page.getByRole("main").getByRole("link", { name: /^Sun City Renewable-energy/ }),
  ).toBeVisible();
}

async function openIModel(page: Page, id = PLANT) {
  await page.goto(`/imodels/${id}`);
  await expect(nameBox(page)).toBeEditable();
}

/** The distinct bearer tokens the app sent. */
async function tokensSent(sim: SimControl): Promise<Set<string>> {
  return new Set((await sim.requests()).map((r) => r.headers.authorization ?? ""));
}

test.describe("rate limits", () => {
  test("a real rate limit: quick starring and a save wait out one countdown and every change reaches the server", async ({
    signedInPage: page,
    sim,
  }) => {
    await page.goto(LIST_URL);
    for (const name of STARRED) await expect(star(page, name)).toBeEnabled();
    // The list as the user sees it, its thumbnails in (they ask once their rows have been on
    // screen a moment): the limit below is for the stars and the save.
    await expect(page.locator('img[data-thumbnail-state="loaded"]').first()).toBeVisible();
    await expect(page.locator('[data-thumbnail-state="loading"]')).toHaveCount(0);
    // Three requests per 2 s for this OAuth client, counted by the stand-in's real limiter.
    await sim.rateLimit(3, 5000, 2);

    for (const name of STARRED) await star(page, name).click();
    await expect(countdown(page)).toBeVisible();
    await expect(
      page.getByRole("status").filter({ hasText: "Rate limited — your star will be saved" }),
    ).toBeVisible();
    for (const name of STARRED)
      await expect(star(page, name)).toHaveAttribute("aria-pressed", "true");
    await expect.poll(() => serverFavorites(sim), { timeout: 20_000 }).toEqual([...STARRED].sort());

    await page
      .getByRole("list", { name: "iModels" })
      .getByRole("link", { name: PLANT_NAME })
      .click();
    await expect(nameBox(page)).toBeEditable();
    await nameBox(page).fill("Renamed under a rate limit");
    await saveButton(page).click();
    await saved(page);
    await expect
      .poll(async () => (await serverIModel(sim))?.name)
      .toBe("Renamed under a rate limit");

    // Every change reached the server once, and the limiter's refusals stayed fewer than the
    // requests it let through: waiting at one gate, not a storm of retries.
    const log = await sim.requests();
    const limited = log.filter((r) => r.status === 429);
    const passed = log.filter((r) => r.status !== null && r.status < 300);
    expect(limited.length).toBeGreaterThan(0);
    expect(limited.length).toBeLessThan(passed.length);
    const writes = log.filter((r) => r.method === "PUT" && r.status === 204).map((r) => r.path);
    expect(new Set(writes).size).toBe(STARRED.length);
    expect(writes).toHaveLength(STARRED.length);
  });

  test("a burst of 429s on parallel requests costs one retry each, behind one countdown", async ({
    signedInPage: page,
    sim,
  }) => {
    // The list page loads the list and the favorites at once: both are refused.
    await sim.fault({
      method: "GET",
      path: "/imodels*",
      status: 429,
      code: "TooManyRequests",
      retryAfter: 2,
      times: 2,
    });
    await page.goto(LIST_URL);
    await expect(countdown(page)).toHaveCount(1);
    await expect(countdown(page)).toBeVisible();
    await expect(star(page, PLANT_NAME)).toBeEnabled();
    await expect(countdown(page)).toHaveCount(0);

    // The list and favorites reads; the rows' thumbnails come after them, once rows show.
    const reads = (await sim.requests({ method: "GET", path: /^\/imodels/ }))
      .filter((r) => !r.path.endsWith("/thumbnail"))
      .map((r) => `${r.path} ${r.status}`);
    expect(reads.filter((r) => r.endsWith(" 429"))).toHaveLength(2);
    expect(reads.sort()).toEqual([
      "/imodels 200",
      "/imodels 429",
      "/imodels/favorites 200",
      "/imodels/favorites 429",
    ]);
  });

  test("a save waiting for the real limiter can be cancelled; nothing is sent and the edits stay", async ({
    signedInPage: page,
    sim,
  }) => {
    await openIModel(page);
    await nameBox(page).fill("Not under this limit");
    // One request a minute, already spent by loading the page.
    await sim.rateLimit(1, 5000);
    await saveButton(page).click();
    await expect(countdown(page)).toBeVisible();
    await expect(main(page).getByText("Saving…")).toBeVisible();
    await main(page).getByRole("button", { name: "Cancel", exact: true }).click();
    await expect(
      main(page).getByText("Save cancelled. Your changes are still here, not saved."),
    ).toBeVisible();
    await expect(nameBox(page)).toHaveValue("Not under this limit");
    await expect(saveButton(page)).toBeEnabled();
    expect(await sim.requests({ method: "PATCH" })).toEqual([]);
    await sim.rateLimit(500, 5000);
    expect((await serverIModel(sim))?.name).toBe(PLANT_NAME);
  });
});

test.describe("expired sign-in", () => {
  test("short-lived access tokens are renewed silently while editing; the save needs no sign-in", async ({
    page,
    sim,
  }) => {
    // Shorter than MSAL's renewal offset (300 s): every token is renewed with the refresh token before use.
    await sim.tokenTtl(3);
    await signInAndSettle(page);
    await openIModel(page);
    await nameBox(page).fill("Saved with renewed tokens");
    await descriptionBox(page).fill("No sign-in prompt");
    await saveButton(page).click();
    await saved(page);
    await expect(signInAgainButton(page)).toHaveCount(0);
    expect(await serverIModel(sim)).toEqual({
      name: "Saved with renewed tokens",
      description: "No sign-in prompt",
    });
    const log = await sim.requests();
    expect(log.filter((r) => r.status === 401)).toEqual([]);
    expect((await tokensSent(sim)).size).toBeGreaterThan(1);
  });

  test("a session ended mid-edit: Sign in again in a popup, back to the same form, and the save completes by itself", async ({
    page,
    sim,
  }) => {
    await sim.tokenTtl(60);
    await signInAndSettle(page);
    await openIModel(page);
    await nameBox(page).fill("Saved after signing in again");
    await descriptionBox(page).fill("Typed before the session ended");
    await sim.revokeSessions("editor");

    await saveButton(page).click();
    await expect(
      main(page).getByText(
        /Your sign-in has expired, so nothing was saved\. Your changes are kept\./,
      ),
    ).toBeVisible();
    await signInAgainInPopup(page);

    await expect(page).toHaveURL(new RegExp(`/imodels/${PLANT}$`));
    await expect(nameBox(page)).toHaveValue("Saved after signing in again");
    await expect(descriptionBox(page)).toHaveValue("Typed before the session ended");
    // The save the user asked for goes on by itself: no second click.
    await saved(page);
    expect(await serverIModel(sim)).toEqual({
      name: "Saved after signing in again",
      description: "Typed before the session ended",
    });
  });

  test("with the popup blocked, Sign in again redirects and comes back to the same iModel with the draft restored", async ({
    page,
    sim,
  }) => {
    await page.addInitScript(() => {
      window.open = () => null;
    });
    const dialogs: string[] = [];
    page.on("dialog", (dialog) => {
      dialogs.push(dialog.type());
      void dialog.accept();
    });
    await sim.tokenTtl(60);
    await signInAndSettle(page);
    await openIModel(page);
    await nameBox(page).fill("Saved after a redirect");
    await descriptionBox(page).fill("Restored from the draft");
    await sim.revokeSessions("editor");

    await saveButton(page).click();
    await expect(
      main(page).getByText(/Your sign-in has expired, so nothing was saved/),
    ).toBeVisible();
    await signInAgainButton(page).click();
    await page.getByRole("button", { name: `Sign in as ${USER_NAMES.editor}` }).click();

    await expect(page).toHaveURL(new RegExp(`/imodels/${PLANT}$`));
    await expect(main(page).getByText("Unsaved changes restored.")).toBeVisible();
    await expect(nameBox(page)).toHaveValue("Saved after a redirect");
    await expect(descriptionBox(page)).toHaveValue("Restored from the draft");
    await expect(signInAgainButton(page)).toHaveCount(0);
    await saveButton(page).click();
    await saved(page);
    expect(await serverIModel(sim)).toEqual({
      name: "Saved after a redirect",
      description: "Restored from the draft",
    });
    // Leaving for the provider on purpose does not ask "Leave site?".
    expect(dialogs).toEqual([]);
  });
});

test.describe("offline", () => {
  test("a save made offline goes through when the connection is back", async ({
    signedInPage: page,
    context,
    sim,
  }) => {
    await openIModel(page);
    await nameBox(page).fill("Saved once back online");
    await context.setOffline(true);
    await expect(page.getByRole("status").filter({ hasText: "You are offline." })).toBeVisible();
    await saveButton(page).click();
    // The action bar says it beside Save.
    await expect(page.getByText(/^Offline: not saved\. Your changes are kept/)).toBeVisible();
    await expect(nameBox(page)).toHaveValue("Saved once back online");

    await context.setOffline(false);
    await expect(page.getByRole("status").filter({ hasText: "You are offline." })).toHaveCount(0);
    await saved(page);
    expect((await serverIModel(sim))?.name).toBe("Saved once back online");
  });

  test("a star clicked offline stays and is sent when the connection is back", async ({
    signedInPage: page,
    context,
    sim,
  }) => {
    await page.goto(LIST_URL);
    await expect(star(page, PLANT_NAME)).toBeEnabled();
    await context.setOffline(true);
    await expect(page.getByRole("status").filter({ hasText: "You are offline." })).toBeVisible();
    await star(page, PLANT_NAME).click();
    await expect(star(page, PLANT_NAME)).toHaveAttribute("aria-pressed", "true");
    await expect(page.getByRole("alert").filter({ hasText: "Could not add" })).toHaveCount(0);

    await context.setOffline(false);
    await expect.poll(() => serverFavorites(sim)).toEqual([PLANT_NAME]);
    await expect(star(page, PLANT_NAME)).toHaveAttribute("aria-pressed", "true");
    await expect(page.getByRole("alert").filter({ hasText: "Could not add" })).toHaveCount(0);
  });

  test("a list opened offline waits, then loads when the connection is back", async ({
    signedInPage: page,
    context,
  }) => {
    await page.goto(LIST_URL);
    await expect(star(page, PLANT_NAME)).toBeEnabled();
    await context.setOffline(true);
    await page.getByRole("searchbox", { name: "Search iModels" }).fill("Wind");
    await expect(page.getByRole("status").filter({ hasText: "You are offline." })).toBeVisible();
    await expect(
      main(page).getByRole("status").filter({ hasText: "Loading iModels…" }),
    ).toBeVisible();
    await context.setOffline(false);
    await expect(
      page.getByRole("list", { name: "iModels" }).getByRole("link", { name: "Sun City Wind Farm" }),
    ).toBeVisible();
    await expect(main(page).getByRole("alert")).toHaveCount(0);
  });
});
