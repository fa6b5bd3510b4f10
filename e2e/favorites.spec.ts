import type { Locator, Page } from "@playwright/test";
import { SEED } from "../simulator/seed-ids";
import { expect, expectNoAxeViolations, test } from "./fixtures";
import type { SimControl } from "./sim-control";

const SUN_CITY = SEED.itwins.sunCity;
const LIST_URL = `/itwins/${SUN_CITY}`;
const CONTROL = "Sun City Control Building";
const BATTERY = "Sun City Battery Storage (importing)";
const RATE_LIMITED = "Rate limited — your star will be saved when the iTwin Platform allows";

const star = (page: Page, name: string) =>
  page.getByRole("button", { name: `Favorite ${name}`, exact: true });
const detailStar = (page: Page) => page.getByRole("button", { name: "Favorite", exact: true });
const list = (page: Page) => page.getByRole("list", { name: "iModels" });

/** The names the server holds as the editor's favorites in Sun City. */
async function serverFavorites(sim: SimControl): Promise<string[]> {
  const response = await sim.asUser("editor", "GET", `/imodels/favorites?iTwinId=${SUN_CITY}`);
  const body = (await response.json()) as { iModels: { displayName: string }[] };
  return body.iModels.map((m) => m.displayName).sort();
}

/** The favorite writes the app sent, in order. */
async function favoriteWrites(sim: SimControl): Promise<string[]> {
  const calls = await sim.requests({ path: /^\/imodels\/favorites\// });
  return calls
    .filter((c) => c.method === "PUT" || c.method === "DELETE")
    .map((c) => `${c.method} ${c.status}`);
}

/** Moves the keyboard focus with Tab (or Shift+Tab) until it reaches the target. */
async function tabTo(page: Page, target: Locator, key: "Tab" | "Shift+Tab" = "Tab"): Promise<void> {
  for (let i = 0; i < 40; i += 1) {
    if (await target.evaluate((element) => element === document.activeElement)) return;
    await page.keyboard.press(key);
  }
  await expect(target).toBeFocused();
}

async function openList(page: Page, query = ""): Promise<void> {
  await page.goto(`${LIST_URL}${query}`);
  await expect(star(page, CONTROL)).toBeEnabled();
}

test("star and unstar from the list, kept after a reload", async ({ signedInPage: page, sim }) => {
  await openList(page);
  await expect(star(page, CONTROL)).toHaveAttribute("aria-pressed", "false");

  await star(page, CONTROL).click();
  await expect(star(page, CONTROL)).toHaveAttribute("aria-pressed", "true");
  await expect.poll(() => serverFavorites(sim)).toEqual([CONTROL]);
  await page.reload();
  await expect(star(page, CONTROL)).toHaveAttribute("aria-pressed", "true");

  await star(page, CONTROL).click();
  await expect(star(page, CONTROL)).toHaveAttribute("aria-pressed", "false");
  await expect.poll(() => serverFavorites(sim)).toEqual([]);
  await page.reload();
  await expect(star(page, CONTROL)).toBeEnabled();
  await expect(star(page, CONTROL)).toHaveAttribute("aria-pressed", "false");
  expect(await favoriteWrites(sim)).toEqual(["PUT 204", "DELETE 204"]);
});

test("star and unstar from the detail page, each seen in the other view and after a reload", async ({
  signedInPage: page,
  sim,
}) => {
  await openList(page);
  await star(page, CONTROL).click();
  await expect.poll(() => serverFavorites(sim)).toEqual([CONTROL]);
  await list(page).getByRole("link", { name: CONTROL }).click();
  await expect(page.getByRole("heading", { level: 1, name: CONTROL })).toBeVisible();
  await expect(detailStar(page)).toHaveAttribute("aria-pressed", "true");

  await detailStar(page).click();
  await expect(detailStar(page)).toHaveAttribute("aria-pressed", "false");
  await expect.poll(() => serverFavorites(sim)).toEqual([]);
  await page.reload();
  await expect(detailStar(page)).toHaveAttribute("aria-pressed", "false");

  await detailStar(page).click();
  await expect(detailStar(page)).toHaveAttribute("aria-pressed", "true");
  await expect.poll(() => serverFavorites(sim)).toEqual([CONTROL]);
  await page.goBack();
  await expect(page).toHaveURL(new RegExp(LIST_URL));
  await expect(star(page, CONTROL)).toHaveAttribute("aria-pressed", "true");
  await page.reload();
  await expect(star(page, CONTROL)).toHaveAttribute("aria-pressed", "true");
});

test("ten rapid clicks end in the tenth click's state with at most two requests", async ({
  signedInPage: page,
  sim,
}) => {
  await openList(page);
  const target = star(page, CONTROL);
  for (let i = 0; i < 10; i += 1) await target.click();
  await expect(target).toHaveAttribute("aria-pressed", "false");

  await expect.poll(() => favoriteWrites(sim)).toEqual(["PUT 204", "DELETE 204"]);
  expect(await serverFavorites(sim)).toEqual([]);
  await page.reload();
  await expect(star(page, CONTROL)).toBeEnabled();
  await expect(star(page, CONTROL)).toHaveAttribute("aria-pressed", "false");
  expect(await favoriteWrites(sim)).toEqual(["PUT 204", "DELETE 204"]);
});

test("a 429 on PUT says the star will be saved, then saves it", async ({
  signedInPage: page,
  sim,
}) => {
  await openList(page);
  await sim.fault({
    method: "PUT",
    path: "/imodels/favorites/*",
    status: 429,
    code: "RateLimitExceeded",
    retryAfter: 2,
  });
  await star(page, CONTROL).click();
  await expect(star(page, CONTROL)).toHaveAttribute("aria-pressed", "true");
  await expect(page.getByRole("status").filter({ hasText: RATE_LIMITED })).toBeVisible();

  await expect(page.getByText(RATE_LIMITED)).toBeHidden();
  await expect(star(page, CONTROL)).toHaveAttribute("aria-pressed", "true");
  expect(await serverFavorites(sim)).toEqual([CONTROL]);
  expect(await favoriteWrites(sim)).toEqual(["PUT 429", "PUT 204"]);
  // The toasts' alert region is always there; it must stay empty.
  await expect(page.getByRole("alert").filter({ hasText: /\S/ })).toHaveCount(0);
});

test("a 500 on PUT puts the star back and says why", async ({ signedInPage: page, sim }) => {
  await openList(page);
  await sim.fault({
    method: "PUT",
    path: "/imodels/favorites/*",
    status: 500,
    code: "InternalServerError",
    message: "Something broke.",
  });
  await star(page, CONTROL).click();

  const alert = page
    .getByRole("alert")
    .filter({ hasText: `Could not add ${CONTROL} to favorites` });
  await expect(alert).toContainText("Something broke. The star was put back.");
  await expect(star(page, CONTROL)).toHaveAttribute("aria-pressed", "false");
  expect(await serverFavorites(sim)).toEqual([]);
  expect(await favoriteWrites(sim)).toEqual(["PUT 500"]);
  await expectNoAxeViolations(page);

  await alert.getByRole("button", { name: "Dismiss" }).click();
  await expect(alert).toBeHidden();
});

test("“Favorites only” shows the iTwin's favorites, searched and sorted, and is kept in the URL", async ({
  signedInPage: page,
  sim,
}) => {
  await openList(page);
  await star(page, CONTROL).click();
  await star(page, BATTERY).click();
  await expect.poll(() => serverFavorites(sim)).toEqual([BATTERY, CONTROL]);

  await page.getByRole("checkbox", { name: "Favorites only" }).check();
  await expect(page).toHaveURL(/favorites=1/);
  await expect(list(page).getByRole("link")).toHaveText([BATTERY, CONTROL]);
  await expectNoAxeViolations(page);

  await page.getByRole("combobox", { name: "Sort by" }).selectOption({ label: "Name (Z–A)" });
  await expect(list(page).getByRole("link")).toHaveText([CONTROL, BATTERY]);

  await page.getByRole("searchbox", { name: "Search iModels" }).fill("control");
  await expect(list(page).getByRole("link")).toHaveText([CONTROL]);
  await page.reload();
  await expect(page.getByRole("checkbox", { name: "Favorites only" })).toBeChecked();
  await expect(list(page).getByRole("link")).toHaveText([CONTROL]);

  // Unstarring keeps the row in place until the view is opened again, so nothing moves under the pointer.
  await star(page, CONTROL).click();
  await expect(star(page, CONTROL)).toHaveAttribute("aria-pressed", "false");
  await expect.poll(() => serverFavorites(sim)).toEqual([BATTERY]);
  await page.reload();
  await expect(page.getByText("No favorites match “control”.")).toBeVisible();

  await page.getByRole("searchbox", { name: "Search iModels" }).fill("");
  await expect(list(page).getByRole("link")).toHaveText([BATTERY]);
  await page.getByRole("checkbox", { name: "Favorites only" }).uncheck();
  await expect(page).not.toHaveURL(/favorites=1/);
  await expect(list(page).getByRole("link", { name: CONTROL })).toBeVisible();
});

test("“Favorites first” puts the favorites on top, kept in the URL", async ({
  signedInPage: page,
  sim,
}) => {
  const wind = "Sun City Wind Farm";
  await sim.asUser("editor", "PUT", `/imodels/favorites/${SEED.imodels.sunCityWindFarm}`);
  await openList(page);
  await page.getByRole("combobox", { name: "Sort by" }).selectOption({ label: "Favorites first" });
  await expect(page).toHaveURL(/sort=favorites/);
  await expect(list(page).getByRole("link").first()).toHaveText(wind);
  await expect(star(page, wind)).toHaveAttribute("aria-pressed", "true");
  await page.reload();
  await expect(list(page).getByRole("link").first()).toHaveText(wind);
  await expect(page.getByRole("combobox", { name: "Sort by" })).toHaveValue("favorites");
});

test("everything works from the keyboard", async ({ signedInPage: page, sim }) => {
  await openList(page);
  await tabTo(page, star(page, CONTROL));
  await page.keyboard.press("Space");
  await expect(star(page, CONTROL)).toHaveAttribute("aria-pressed", "true");
  await expect.poll(() => serverFavorites(sim)).toEqual([CONTROL]);

  await tabTo(page, page.getByRole("checkbox", { name: "Favorites only" }), "Shift+Tab");
  await page.keyboard.press("Space");
  await expect(page).toHaveURL(/favorites=1/);
  await expect(list(page).getByRole("link")).toHaveText([CONTROL]);

  await tabTo(page, star(page, CONTROL));
  await page.keyboard.press("Enter");
  await expect(star(page, CONTROL)).toHaveAttribute("aria-pressed", "false");
  await expect.poll(() => serverFavorites(sim)).toEqual([]);
  await page.keyboard.press("Enter");
  await expect(star(page, CONTROL)).toHaveAttribute("aria-pressed", "true");
  await expect.poll(() => serverFavorites(sim)).toEqual([CONTROL]);

  await page.keyboard.press("Tab");
  await expect(list(page).getByRole("link", { name: CONTROL })).toBeFocused();
  await page.keyboard.press("Enter");
  await expect(page).toHaveURL(new RegExp(`/imodels/${SEED.imodels.nullDescription}`));
});
