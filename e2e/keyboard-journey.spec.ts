import type { Locator, Page } from "@playwright/test";
import { SEED } from "../simulator/seed-ids";
import { expectFocusVisible, focusState } from "./a11y-helpers";
import { expect, test } from "./fixtures";

// The whole journey from the keyboard alone: page.keyboard only, never click(). After
// every key press that moves the focus, the focused element is checked and so is its
// visible focus indicator.

const CONTROL = "Sun City Control Building";
const NEW_NAME = "Sun City Control Building (keyboard)";

/**
 * Presses Tab (or Shift+Tab) until `target` has the focus. Every element passed on the way
 * must show its focus too: a keyboard user sees each stop.
 */
async function tabTo(page: Page, target: Locator, { key = "Tab", max = 30 } = {}): Promise<void> {
  for (let i = 0; i < max; i += 1) {
    await page.keyboard.press(key);
    const state = await focusState(page);
    expect(
      state.focusVisible && state.indicator !== "none",
      `visible focus at each stop: ${JSON.stringify(state)}`,
    ).toBe(true);
    if (await target.evaluate((element) => element === document.activeElement)) break;
  }
  await expect(target).toBeFocused();
  await expectFocusVisible(page);
}

/** Replaces the text of the focused input by typing, as a person would. */
async function retype(page: Page, text: string): Promise<void> {
  await page.keyboard.press("ControlOrMeta+A");
  await page.keyboard.type(text);
}

const spin = (page: Page, name: string) => page.getByRole("textbox", { name, exact: true });
const numberIn = async (locator: Locator) => Number(await locator.inputValue());

test("sign in, pick, search, star, open, edit name and extent, save: all from the keyboard", async ({
  page,
  sim,
}) => {
  // Sign in: the app's button, then the provider's page.
  await page.goto("/");
  const signIn = page.getByRole("button", { name: "Sign in", exact: true });
  await expect(signIn).toBeVisible();
  await tabTo(page, page.getByRole("link", { name: "Skip to content" }), { max: 1 });
  await tabTo(page, signIn, { max: 3 });
  await page.keyboard.press("Enter");

  const asEditor = page.getByRole("button", { name: "Sign in as Erin Editor" });
  await expect(
    page.getByRole("heading", { level: 1, name: "Sign in to the iTwin Platform stand-in" }),
  ).toBeVisible();
  await tabTo(page, asEditor, { max: 3 });
  await page.keyboard.press("Enter");
  await expect(page.getByRole("banner").getByText("Erin Editor")).toBeVisible();

  // Pick the iTwin: type part of its name, Down to the first match, Enter opens it.
  const picker = page.getByRole("combobox", { name: "iTwin", exact: true });
  await expect(picker).toBeEnabled();
  await tabTo(page, picker, { max: 8 });
  await page.keyboard.type("sun city");
  await page.keyboard.press("ArrowDown");
  await expect(picker).toHaveAttribute("aria-activedescendant", /.+/);
  await page.keyboard.press("Enter");
  await expect(page).toHaveURL(new RegExp(`/itwins/${SEED.itwins.sunCity}`));
  await expect(page.getByRole("heading", { level: 1, name: "iModels" })).toBeVisible();

  // Search.
  const search = page.getByRole("searchbox", { name: "Search iModels", exact: true });
  await tabTo(page, search, { max: 8 });
  await page.keyboard.type("Control Building");
  const list = page.getByRole("list", { name: "iModels" });
  await expect(list.getByRole("link")).toHaveText([CONTROL]);
  await expect(page).toHaveURL(/q=Control/);

  // Star the row with Space.
  const star = list.getByRole("button", { name: `Favorite ${CONTROL}`, exact: true });
  await expect(star).toBeEnabled();
  // Past the sort, Favorites only, Recent, the view switch and the row's checkbox.
  await tabTo(page, star, { max: 8 });
  await page.keyboard.press("Space");
  await expect(star).toHaveAttribute("aria-pressed", "true");
  await expect(star).toBeFocused();
  await expect
    .poll(async () => (await sim.requests({ method: "PUT" })).map((r) => `${r.path} ${r.status}`))
    .toEqual([`/imodels/favorites/${SEED.imodels.nullDescription} 204`]);

  // Open the iModel.
  const link = list.getByRole("link", { name: CONTROL, exact: true });
  await tabTo(page, link, { max: 2 });
  await page.keyboard.press("Enter");
  // A new page: focus is on its heading, so a screen reader says where the user is.
  await expect(page.getByRole("heading", { level: 1, name: CONTROL })).toBeFocused();
  await expect(page.getByRole("button", { name: "Favorite", exact: true })).toHaveAttribute(
    "aria-pressed",
    "true",
  );

  // Edit the name.
  const name = page.getByRole("textbox", { name: "Name", exact: true });
  await expect(name).toBeEditable();
  await tabTo(page, name, { max: 10 });
  await retype(page, NEW_NAME);
  await expect(name).toHaveValue(NEW_NAME);

  // The extent, typed: West and South.
  const west = spin(page, "West longitude");
  const south = spin(page, "South latitude");
  const east = spin(page, "East longitude");
  const north = spin(page, "North latitude");
  await tabTo(page, west, { max: 3 });
  await retype(page, "7.735");
  // Compass order: North, West, East, South.
  await tabTo(page, south, { max: 2 });
  await retype(page, "46.205");
  await expect(west).toHaveValue("7.735");
  await expect(south).toHaveValue("46.205");
  const typedEast = await numberIn(east);
  const typedNorth = await numberIn(north);

  // The extent, on the map: move the whole rectangle, then the north-east corner.
  const map = page.getByRole("region", { name: "Extent map", exact: true });
  const mapView = map.getByRole("application", { name: "Map" });
  await tabTo(page, mapView, { max: 10 });
  await expect(mapView).toHaveAccessibleDescription(
    "Arrow keys pan the map, plus and minus zoom. N draws a new rectangle from the keyboard.",
  );
  const move = map.getByRole("button", { name: "Move extent", exact: true });
  await tabTo(page, move, { max: 1 });
  await expect(move).toHaveAccessibleDescription(/Arrow keys move it/);
  await page.keyboard.press("ArrowRight");
  await expect(west).not.toHaveValue("7.735");
  const movedWest = await numberIn(west);
  expect(movedWest).toBeGreaterThan(7.735);
  expect(await numberIn(east)).toBeGreaterThan(typedEast);
  await expect(south).toHaveValue("46.205");
  await page.keyboard.press("Shift+ArrowUp");
  await expect(south).not.toHaveValue("46.205");
  expect(await numberIn(south)).toBeGreaterThan(46.205);
  await expect(west).toHaveValue(String(movedWest));
  await expect(move).toBeFocused();

  const corner = map.getByRole("button", { name: "North-east corner", exact: true });
  await tabTo(page, corner, { max: 3 });
  const beforeCorner = {
    west: await numberIn(west),
    south: await numberIn(south),
    east: await numberIn(east),
    north: await numberIn(north),
  };
  await page.keyboard.press("ArrowUp");
  await page.keyboard.press("ArrowRight");
  await expect(east).not.toHaveValue(String(beforeCorner.east));
  await expect(north).not.toHaveValue(String(beforeCorner.north));
  expect(await numberIn(north)).toBeGreaterThan(beforeCorner.north);
  expect(await numberIn(east)).toBeGreaterThan(beforeCorner.east);
  await expect(west).toHaveValue(String(beforeCorner.west));
  await expect(south).toHaveValue(String(beforeCorner.south));
  expect(beforeCorner.north).toBeGreaterThan(typedNorth);
  await expect(corner).toBeFocused();

  const extent = {
    west: await numberIn(west),
    south: await numberIn(south),
    east: await numberIn(east),
    north: await numberIn(north),
  };

  // Save.
  const save = page.getByRole("button", { name: "Save", exact: true });
  await tabTo(page, save, { max: 30 });
  await page.keyboard.press("Enter");
  await expect(page.getByRole("status").filter({ hasText: "Saved." })).toHaveCount(1);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(NEW_NAME);

  const patches = await sim.requests({ method: "PATCH" });
  expect(patches).toHaveLength(1);
  expect(patches[0]!.body).toEqual({
    name: NEW_NAME,
    extent: {
      southWest: { latitude: extent.south, longitude: extent.west },
      northEast: { latitude: extent.north, longitude: extent.east },
    },
  });
});
