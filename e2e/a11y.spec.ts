import type { Page } from "@playwright/test";
import { SEED } from "../simulator/seed-ids";
import { nameBox, descriptionBox, saveButton } from "./edit-page";
import { expectLandmarksAndHeadings } from "./a11y-helpers";
import { expect, expectNoAxeViolations, test } from "./fixtures";

// Every page and state scanned with axe (WCAG 2.0/2.1/2.2 A and AA) and checked for
// landmarks and heading order. Where axe finds something, the app is fixed, not the test.
// Related states share a test (and its sign-in) to keep the suite fast; each is a step.

const SUN_CITY = SEED.itwins.sunCity;
const PLANT = SEED.imodels.sunCityPlant;
const PLANT_NAME = "Sun City Renewable-energy Plant";
const CONTROL = "Sun City Control Building";
const WIND_FARM = "Sun City Wind Farm";

const rowStar = (page: Page, name: string) =>
  page.getByRole("button", { name: `Favorite ${name}`, exact: true });
const status = (page: Page, text: string | RegExp) =>
  page.getByRole("status").filter({ hasText: text });
const imodelList = (page: Page) => page.getByRole("list", { name: "iModels" });

/** The checks every page and state gets. */
async function expectAccessible(page: Page): Promise<void> {
  await expectLandmarksAndHeadings(page);
  await expectNoAxeViolations(page);
}

async function openList(page: Page, iTwinId: string = SUN_CITY, query = ""): Promise<void> {
  await page.goto(`/itwins/${iTwinId}${query}`);
  await expect(page.getByRole("heading", { level: 1, name: "iModels" })).toBeVisible();
}

async function openIModel(page: Page, id: string): Promise<void> {
  await page.goto(`/imodels/${id}`);
  // The map is made when it comes near the window: below the fold, the user scrolls to it.
  const region = page.getByRole("region", { name: "Extent map" });
  await region.scrollIntoViewIfNeeded();
  await expect(region.getByRole("application", { name: "Map" })).toBeVisible();
}

/** No horizontal scrolling at 320 CSS px (WCAG 1.4.10 Reflow). */
async function expectNoHorizontalScroll(page: Page): Promise<void> {
  const overflow = await page.evaluate(
    () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
  );
  expect(overflow, "pixels of horizontal scrolling").toBe(0);
}

test("the sign-in page", async ({ page, sim: _sim }) => {
  await page.goto("/");
  await expect(page.getByRole("button", { name: "Sign in", exact: true })).toBeVisible();
  await expect(page.getByRole("button", { name: "Sign out", exact: true })).toHaveCount(0);
  await expectAccessible(page);
});

test("the start page (iTwin picker)", async ({ signedInPage: page }) => {
  await expect(page.getByRole("combobox", { name: "iTwin", exact: true })).toBeEnabled();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Choose an iTwin");
  await page.getByRole("button", { name: "Erin Editor", exact: true }).click();
  await expect(page.getByRole("button", { name: "Sign out", exact: true })).toBeVisible();
  await expectAccessible(page);
});

test("the list in its states: rows, no match, favorites only, empty iTwin", async ({
  signedInPage: page,
}) => {
  await test.step("the list, with the accessible names of its controls", async () => {
    await openList(page);
    await expect(page.getByRole("combobox", { name: "iTwin", exact: true })).toHaveValue(
      "Sun City Renewable-energy",
    );
    await expect(
      page.getByRole("searchbox", { name: "Search iModels", exact: true }),
    ).toBeVisible();
    await expect(page.getByRole("combobox", { name: "Sort by", exact: true })).toBeVisible();
    await expect(
      page.getByRole("checkbox", { name: "Favorites only", exact: true }),
    ).not.toBeChecked();
    await expect(
      imodelList(page).getByRole("link", { name: PLANT_NAME, exact: true }),
    ).toHaveAttribute("href", `/imodels/${PLANT}`);
    await expect(rowStar(page, CONTROL)).toHaveAttribute("aria-pressed", "false");
    await expect(status(page, /^\d+ iModels$/)).toBeVisible();
    await expectAccessible(page);
  });

  await test.step("favorites only", async () => {
    await rowStar(page, CONTROL).click();
    await expect(rowStar(page, CONTROL)).toHaveAttribute("aria-pressed", "true");
    await page.getByRole("checkbox", { name: "Favorites only", exact: true }).check();
    await expect(status(page, "1 favorite")).toBeVisible();
    await expect(imodelList(page).getByRole("link")).toHaveText([CONTROL]);
    await expectAccessible(page);
  });

  await test.step("favorites only, none matching the search", async () => {
    await page
      .getByRole("searchbox", { name: "Search iModels", exact: true })
      .fill("nothing matches this");
    await expect(status(page, "No favorites match “nothing matches this”.")).toBeVisible();
    await expectAccessible(page);
  });

  await test.step("a search with no match", async () => {
    await openList(page, SUN_CITY, "?q=nothing-matches-this");
    await expect(status(page, "No iModels match")).toBeVisible();
    await expectAccessible(page);
  });

  await test.step("an iTwin without iModels", async () => {
    await openList(page, SEED.itwins.greenfieldEmpty);
    await expect(status(page, "This iTwin has no iModels yet.")).toBeVisible();
    await expectAccessible(page);
  });
});

test("the detail page, with the accessible names of its controls, and after a save", async ({
  signedInPage: page,
}) => {
  await openIModel(page, PLANT);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(PLANT_NAME);
  await expect(page.getByRole("button", { name: "Favorite", exact: true })).toHaveAttribute(
    "aria-pressed",
    "false",
  );
  await expect(nameBox(page)).toHaveValue(PLANT_NAME);
  await expect(descriptionBox(page)).toHaveValue(
    "Overall model of wind and solar farms in Sun City",
  );
  for (const name of ["West longitude", "South latitude", "East longitude", "North latitude"]) {
    await expect(page.getByRole("textbox", { name, exact: true })).toBeEditable();
  }
  const map = page.getByRole("region", { name: "Extent map", exact: true });
  await expect(map.getByRole("application", { name: "Map" })).toHaveAccessibleDescription(
    /Arrow keys pan the map/,
  );
  await expect(map.getByRole("button", { name: "Move extent", exact: true })).toBeVisible();
  await expect(map.getByRole("button", { name: "North-east corner", exact: true })).toBeVisible();
  await expect(page.getByRole("button", { name: "Clear extent", exact: true })).toBeEnabled();
  // Nothing changed yet: Save and Discard are there, and disabled.
  await expect(saveButton(page)).toBeDisabled();
  await expect(page.getByRole("button", { name: "Discard changes", exact: true })).toBeDisabled();
  await expectAccessible(page);

  // The result of a save is announced by a status region that was there before, as a live
  // region must be: one created together with its text is often not read out.
  await page
    .getByRole("status")
    .evaluateAll((regions) => regions.forEach((region) => region.setAttribute("data-before", "")));
  await descriptionBox(page).fill("Described for the scan");
  await saveButton(page).click();
  await expect(status(page, "Saved.")).toHaveAttribute("data-before", "");
  await expectAccessible(page);
});

test("the detail page with errors: 409 on Name, too long and 422 on Description, form level", async ({
  signedInPage: page,
  sim,
}) => {
  await openIModel(page, PLANT);
  await test.step("409 iModelExists on Name, and Description over the limit", async () => {
    await nameBox(page).fill(WIND_FARM);
    await saveButton(page).click();
    await expect(nameBox(page)).toHaveAttribute("aria-invalid", "true");
    await expect(nameBox(page)).toHaveAccessibleDescription(/already named/);
    expect((await sim.requests({ method: "PATCH" })).map((r) => r.status)).toEqual([409]);
    await descriptionBox(page).fill("d".repeat(256));
    await expect(descriptionBox(page)).toHaveAttribute("aria-invalid", "true");
    await expect(descriptionBox(page)).toHaveAccessibleDescription(/256 of 255 characters/);
    await expectAccessible(page);
  });

  await test.step("422 from the service on Description, with a form-level detail", async () => {
    const message = "The value exceeds allowed 255 characters.";
    await sim.fault({
      method: "PATCH",
      path: "/imodels/*",
      status: 422,
      body: JSON.stringify({
        error: {
          code: "InvalidiModelsRequest",
          message: "Cannot update iModel.",
          details: [
            { code: "InvalidValue", message, target: "description" },
            { code: "InvalidRequestBody", message: "Something else is wrong." },
          ],
        },
      }),
    });
    await nameBox(page).fill("A name nobody has");
    await descriptionBox(page).fill("Changed");
    await saveButton(page).click();
    await expect(descriptionBox(page)).toHaveAccessibleDescription(message);
    await expect(page.getByRole("main").getByText("Something else is wrong.")).toBeVisible();
    await expectAccessible(page);
  });
});

test.describe("as a viewer", () => {
  test.use({ user: "viewer" });

  test("the read-only detail page", async ({ signedInPage: page }) => {
    await openIModel(page, PLANT);
    await expect(
      page.getByRole("main").getByText(/You can view this iModel but not edit it/),
    ).toBeVisible();
    await expect(nameBox(page)).not.toBeEditable();
    await expect(saveButton(page)).toHaveCount(0);
    await expectAccessible(page);
  });
});

test("not found: an unknown iModel and an unknown path", async ({ signedInPage: page }) => {
  await page.goto("/imodels/00000000-0000-4000-8000-000000000000");
  await expect(page.getByRole("heading", { level: 1, name: "Not found" })).toBeVisible();
  await expect(page.getByText("This iModel does not exist")).toBeVisible();
  await expectAccessible(page);

  await page.goto("/no/such/page");
  await expect(page.getByText("This page does not exist")).toBeVisible();
  await expect(page.getByRole("link", { name: "Back to the iModels" })).toBeVisible();
  await expectAccessible(page);
});

test("the rate-limit countdown, announced in a status region", async ({
  signedInPage: page,
  sim,
}) => {
  await sim.fault({
    method: "GET",
    path: "/imodels",
    status: 429,
    code: "TooManyRequests",
    retryAfter: 5,
  });
  await page.goto(`/itwins/${SUN_CITY}`);
  const countdown = status(page, /Rate limited by the iTwin Platform — retrying in \d+ s/);
  await expect(countdown).toBeVisible();
  await expectAccessible(page);
  // Still counting down, so the scan saw the notice.
  await expect(countdown).toBeVisible();
});

test("the leave-page and conflict dialogs", async ({ signedInPage: page, sim }) => {
  await openIModel(page, PLANT);
  await nameBox(page).fill("My new name");

  await test.step("leaving with unsaved changes", async () => {
    await page.getByRole("link", { name: "iModel Admin" }).click();
    const dialog = page.getByRole("dialog", { name: "Leave this page?" });
    await expect(dialog.getByRole("button", { name: "Stay" })).toBeFocused();
    await expectAccessible(page);
    await dialog.getByRole("button", { name: "Stay" }).click();
    await expect(dialog).toHaveCount(0);
  });

  await test.step("someone else changed the same field", async () => {
    expect(
      (
        await sim.asUser("editor", "PATCH", `/imodels/${PLANT}`, { name: "Renamed by a colleague" })
      ).ok(),
    ).toBe(true);
    await saveButton(page).click();
    const dialog = page.getByRole("dialog", { name: "Someone else changed this iModel" });
    await expect(dialog.getByRole("radio", { name: /Yours/ })).toBeChecked();
    await expectAccessible(page);
  });
});

test("the stored-extent warning, and a toast after a failed favorite", async ({
  signedInPage: page,
  sim,
}) => {
  await sim.fault({
    method: "PUT",
    path: "/imodels/favorites/*",
    status: 500,
    code: "InternalServerError",
    message: "Something broke.",
  });
  await openIModel(page, SEED.imodels.invertedExtent);
  await expect(page.getByText("The stored extent is not valid:")).toBeVisible();
  await expect(page.getByRole("button", { name: "Fix extent" })).toBeVisible();
  await expectAccessible(page);

  await page.getByRole("button", { name: "Favorite", exact: true }).click();
  const alert = page
    .getByRole("alert")
    .filter({ hasText: "Something broke. The star was put back." });
  await expect(alert.getByRole("button", { name: "Dismiss" })).toBeVisible();
  await expectAccessible(page);
});

test("the skip link moves the focus to the main content", async ({ signedInPage: page }) => {
  await openList(page);
  await expect(rowStar(page, CONTROL)).toBeEnabled();
  // A fresh document: the first Tab starts from the top.
  await page.keyboard.press("Tab");
  const skip = page.getByRole("link", { name: "Skip to content" });
  await expect(skip).toBeFocused();
  await expect(skip).toBeInViewport();
  await page.keyboard.press("Enter");
  await expect(page.getByRole("main")).toBeFocused();
  // The next Tab lands on the first control of the page, past the header: the breadcrumbs.
  await page.keyboard.press("Tab");
  await expect(
    page.getByRole("navigation", { name: "Breadcrumbs" }).getByRole("link", { name: "iTwins" }),
  ).toBeFocused();
});

test("the pages reflow at 320 CSS pixels without horizontal scrolling", async ({
  signedInPage: page,
}) => {
  await page.setViewportSize({ width: 320, height: 640 });
  await expect(page.getByRole("combobox", { name: "iTwin", exact: true })).toBeEnabled();
  await expectNoHorizontalScroll(page);

  await openList(page);
  await expect(imodelList(page).getByRole("link", { name: PLANT_NAME })).toBeVisible();
  await expectNoHorizontalScroll(page);

  await openIModel(page, PLANT);
  await expectNoHorizontalScroll(page);
});

test("the bulk extent dialog, and a bulk job in the header", async ({ signedInPage: page }) => {
  await openList(page);
  const box = (name: string) => imodelList(page).getByRole("checkbox", { name: `Select ${name}` });
  await box(CONTROL).click();
  await box(WIND_FARM).click();
  await page.getByRole("button", { name: "Extent…" }).click();
  const dialog = page.getByRole("dialog", { name: "Extent of the selected iModels" });

  await test.step("a rule broken in the dialog", async () => {
    await dialog.getByRole("textbox", { name: "Paste extent" }).fill("7.7, 46.2, 7.79, 46.26");
    await dialog.getByRole("button", { name: "Apply pasted extent" }).click();
    await dialog.getByRole("textbox", { name: "North latitude" }).fill("95");
    await expect(dialog.getByText(/North latitude must be between -90 and 90/)).toBeVisible();
    await expectAccessible(page);
  });

  await test.step("the job away from the list", async () => {
    await dialog.getByRole("textbox", { name: "North latitude" }).fill("46.26");
    await dialog.getByRole("button", { name: "Set extents" }).click();
    await expect(page.locator(".progress-panel").getByText(/^Finished/)).toBeVisible();
    await imodelList(page).getByRole("link", { name: CONTROL }).click();
    await expect(
      page.getByRole("banner").getByRole("link", { name: "Bulk job done" }),
    ).toBeVisible();
    await expectAccessible(page);
  });
});
