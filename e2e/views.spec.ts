import type { Page } from "@playwright/test";
import { SEED } from "../simulator/seed-ids";
import { expect, expectNoAxeViolations, test } from "./fixtures";

const DIR = "test-results/screenshots";
const SIZES = [
  { name: "1440x900", width: 1440, height: 900 },
  { name: "390x844", width: 390, height: 844 },
] as const;

const listOf = (page: Page) => page.getByRole("list", { name: "iModels" });
const loadedThumbnails = (page: Page) => page.locator('img[data-thumbnail-state="loaded"]');

async function chooseView(page: Page, view: "List" | "Tiles" | "Table") {
  await page.getByRole("radio", { name: view }).check();
}

for (const scheme of ["light", "dark"] as const) {
  for (const size of SIZES) {
    test(`views screenshots: ${scheme}, ${size.name}`, async ({ signedInPage: page }) => {
      await page.setViewportSize({ width: size.width, height: size.height });
      await page.emulateMedia({ colorScheme: scheme });
      await page.goto(`/itwins/${SEED.itwins.sunCity}?view=list`);
      await expect(loadedThumbnails(page).first()).toBeVisible();
      await page.screenshot({ path: `${DIR}/views-list-${scheme}-${size.name}.png` });
      await chooseView(page, "Tiles");
      await expect(page).toHaveURL(/view=tiles/);
      await expect(listOf(page).locator(".imodel-tile").first()).toBeVisible();
      await expect(loadedThumbnails(page).first()).toBeVisible();
      // Every tile takes its column's width, the first row's as the others' (one column too).
      const widths = await listOf(page)
        .locator(".imodel-tile")
        .evaluateAll((tiles) => tiles.slice(0, 4).map((t) => t.getBoundingClientRect().width));
      expect(Math.max(...widths) - Math.min(...widths)).toBeLessThan(1);
      await page.screenshot({ path: `${DIR}/views-tiles-${scheme}-${size.name}.png` });
      await chooseView(page, "Table");
      await expect(page.getByRole("table", { name: "iModels" })).toBeVisible();
      await expect(loadedThumbnails(page).first()).toBeVisible();
      await page.screenshot({ path: `${DIR}/views-table-${scheme}-${size.name}.png` });
    });
  }
}

test("the views switch from the keyboard, are remembered and stay in the URL", async ({
  signedInPage: page,
}) => {
  await page.goto(`/itwins/${SEED.itwins.sunCity}`);
  await expect(listOf(page).getByRole("listitem").first()).toBeVisible();
  await page.getByRole("radio", { name: "List" }).focus();
  await page.keyboard.press("ArrowRight");
  await expect(page.getByRole("radio", { name: "Tiles" })).toBeChecked();
  await expect(page).toHaveURL(/view=tiles/);
  await expect(listOf(page).locator(".imodel-tile").first()).toBeVisible();
  await page.keyboard.press("ArrowRight");
  await expect(page.getByRole("table", { name: "iModels" })).toBeVisible();
  await expect(page).toHaveURL(/view=table/);
  // Remembered: a list opened without ?view= shows the last choice.
  await page.goto(`/itwins/${SEED.itwins.sunCity}`);
  await expect(page.getByRole("radio", { name: "Table" })).toBeChecked();
  await expect(page.getByRole("table", { name: "iModels" })).toBeVisible();
});

test("every view is axe clean, its menu open too", async ({ signedInPage: page }) => {
  await page.goto(`/itwins/${SEED.itwins.sunCity}?view=list`);
  await expect(loadedThumbnails(page).first()).toBeVisible();
  await expectNoAxeViolations(page);
  await chooseView(page, "Tiles");
  await expect(loadedThumbnails(page).first()).toBeVisible();
  await expectNoAxeViolations(page);
  await chooseView(page, "Table");
  await expect(loadedThumbnails(page).first()).toBeVisible();
  await expectNoAxeViolations(page);
  await page
    .getByRole("button", { name: /^Actions for / })
    .first()
    .click();
  await expect(page.getByRole("menu")).toBeVisible();
  await expectNoAxeViolations(page);
});

test("recents list the last opened first and survive a reload", async ({ signedInPage: page }) => {
  await page.goto(`/itwins/${SEED.itwins.sunCity}`);
  for (const name of ["Sun City Drainage", "Sun City Access Road"]) {
    await listOf(page).getByRole("link", { name }).click();
    await expect(page.getByRole("heading", { level: 1, name })).toBeVisible();
    await page.goBack();
    await expect(listOf(page).getByRole("link", { name })).toBeFocused();
  }
  await page.getByRole("checkbox", { name: "Recent" }).check();
  const recents = page.getByRole("list", { name: "Recent iModels" }).getByRole("link");
  await expect(recents).toHaveText(["Sun City Access Road", "Sun City Drainage"]);
  await page.reload();
  await expect(page.getByRole("checkbox", { name: "Recent" })).toBeChecked();
  await expect(recents).toHaveText(["Sun City Access Road", "Sun City Drainage"]);
});

test("arrow keys move between tiles, Enter opens, Back returns to the tile", async ({
  signedInPage: page,
}) => {
  await page.goto(`/itwins/${SEED.itwins.sunCity}?view=tiles`);
  const links = listOf(page).locator("[data-primary]");
  await links.first().focus();
  await page.keyboard.press("ArrowRight");
  await expect(links.nth(1)).toBeFocused();
  const columns = await listOf(page).evaluate(
    (list) =>
      new Set([...list.querySelectorAll<HTMLElement>("[data-index]")].map((el) => el.style.left))
        .size,
  );
  await page.keyboard.press("ArrowDown");
  const target = listOf(page).locator(`[data-index="${1 + columns}"] [data-primary]`);
  await expect(target).toBeFocused();
  const name = (await target.textContent()) ?? "";
  await page.keyboard.press("Enter");
  await expect(page.getByRole("heading", { level: 1, name })).toBeVisible();
  await page.goBack();
  await expect(listOf(page).getByRole("link", { name })).toBeFocused();
});

test("the row actions menu works from the keyboard", async ({ signedInPage: page, context }) => {
  await context.grantPermissions(["clipboard-read", "clipboard-write"]);
  await page.goto(`/itwins/${SEED.itwins.sunCity}?view=table`);
  const menuButton = page.getByRole("button", { name: "Actions for Sun City Drainage" });
  await menuButton.focus();
  await page.keyboard.press("Enter");
  const menu = page.getByRole("menu", { name: "Actions for Sun City Drainage" });
  await expect(menu.getByRole("menuitem", { name: "Open" })).toBeFocused();
  await page.keyboard.press("ArrowDown");
  await expect(menu.getByRole("menuitem", { name: "Add to favorites" })).toBeFocused();
  await page.keyboard.press("Enter");
  await expect(menu).toHaveCount(0);
  await expect(menuButton).toBeFocused();
  await expect(page.getByRole("button", { name: "Favorite Sun City Drainage" })).toHaveAttribute(
    "aria-pressed",
    "true",
  );
  await page.keyboard.press("ArrowUp");
  await expect(menu.getByRole("menuitem", { name: "Copy link" })).toBeFocused();
  await page.keyboard.press("ArrowUp");
  await page.keyboard.press("Enter");
  await expect(page.getByText("Copied the iModel ID of Sun City Drainage.")).toBeAttached();
  const id = await page.evaluate(() => navigator.clipboard.readText());
  expect(id).toMatch(/^[0-9a-f-]{36}$/);
  await menuButton.press("Enter");
  await page.keyboard.press("Escape");
  await expect(menu).toHaveCount(0);
  await expect(menuButton).toBeFocused();
});
