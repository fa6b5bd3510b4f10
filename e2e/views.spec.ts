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
