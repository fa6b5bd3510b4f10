import type { Page } from "@playwright/test";
import { SEED } from "../simulator/seed-ids";
import { nameBox } from "./edit-page";
import { expect, test } from "./fixtures";

// Screenshots of every kind of screen, light and dark, desktop and phone, kept for a designer's
// eye under test-results/screenshots/ (not compared: the assertions are what the user sees).

const SIZES = [
  { name: "1440x900", width: 1440, height: 900 },
  { name: "390x844", width: 390, height: 844 },
] as const;
const DIR = "test-results/screenshots";

async function shot(page: Page, name: string) {
  await page.screenshot({ path: `${DIR}/${name}.png` });
}

for (const scheme of ["light", "dark"] as const) {
  for (const size of SIZES) {
    test(`screenshots: ${scheme}, ${size.name}`, async ({ signedInPage: page, sim }) => {
      const suffix = `${scheme}-${size.name}`;
      await page.setViewportSize({ width: size.width, height: size.height });
      await page.emulateMedia({ colorScheme: scheme });
      await expect(page.locator("html")).toHaveAttribute("data-iui-theme", scheme);

      await expect(page.getByRole("combobox", { name: "iTwin", exact: true })).toBeEnabled();
      await shot(page, `start-${suffix}`);

      await page.goto(`/itwins/${SEED.itwins.sunCity}`);
      await expect(
        page.getByRole("list", { name: "iModels" }).getByRole("button").first(),
      ).toBeEnabled();
      await shot(page, `list-${suffix}`);

      await page.goto(`/imodels/${SEED.imodels.sunCityPlant}`);
      await expect(nameBox(page)).toBeEditable();
      // Its read-only stand-in shows while its code loads: the page as it stays, not that moment.
      await expect(page.getByLabel("Find a place")).toBeEditable();
      await shot(page, `detail-${suffix}`);

      await nameBox(page).fill("A new name");
      await page.getByRole("link", { name: "iModel Admin" }).click();
      const dialog = page.getByRole("dialog", { name: "Leave this page?" });
      await expect(dialog.getByRole("button", { name: "Stay" })).toBeFocused();
      await shot(page, `dialog-${suffix}`);
      await dialog.getByRole("button", { name: "Stay" }).click();
      await expect(dialog).toHaveCount(0);

      await sim.fault({
        method: "PUT",
        path: "/imodels/favorites/*",
        status: 500,
        code: "InternalServerError",
        message: "Something broke.",
      });
      await page.getByRole("button", { name: "Favorite", exact: true }).click();
      await expect(
        page.getByRole("alert").filter({ hasText: "The star was put back." }),
      ).toBeVisible();
      await shot(page, `toast-${suffix}`);
    });
  }
}
