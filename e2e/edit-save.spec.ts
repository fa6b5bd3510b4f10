import { SEED } from "../simulator/seed-ids";
import { nameBox, descriptionBox, saveButton, announced, openIModel, iTwinLink } from "./edit-page";
import { expect, expectNoAxeViolations, test } from "./fixtures";

const PLANT = SEED.imodels.sunCityPlant;
const PLANT_NAME = "Sun City Renewable-energy Plant";

test("a rename is saved and shows in the list without reloading it", async ({
  signedInPage: page,
  sim,
}) => {
  await page.goto(`/itwins/${SEED.itwins.sunCity}`);
  await page.getByRole("link", { name: PLANT_NAME, exact: true }).click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(PLANT_NAME);
  await expect(page).toHaveTitle(`${PLANT_NAME} · iModel Admin`);
  await expect(nameBox(page)).toBeEditable();
  await expect(saveButton(page)).toBeDisabled();

  await nameBox(page).fill("Sun City Solar Park");
  await saveButton(page).click();
  await announced(page, "Saved.");
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Sun City Solar Park");
  await expect(saveButton(page)).toBeDisabled();

  const listReads = (await sim.requests({ method: "GET", path: "/imodels" })).length;
  await iTwinLink(page).click();
  await expect(page.getByRole("link", { name: "Sun City Solar Park", exact: true })).toBeVisible();
  await expect(page.getByRole("link", { name: PLANT_NAME, exact: true })).toHaveCount(0);
  expect((await sim.requests({ method: "GET", path: "/imodels" })).length).toBe(listReads);
});

test("the PATCH holds only the field that changed", async ({ signedInPage: page, sim }) => {
  await openIModel(page, PLANT);
  await descriptionBox(page).fill("Wind, solar and storage");
  await saveButton(page).click();
  await announced(page, "Saved.");

  const patches = await sim.requests({ method: "PATCH" });
  expect(patches).toHaveLength(1);
  expect(patches[0]!.path).toBe(`/imodels/${PLANT}`);
  expect(patches[0]!.body).toEqual({ description: "Wind, solar and storage" });
  expect(patches[0]!.headers["content-type"]).toContain("application/json");
  expect(patches[0]!.status).toBe(200);
});

test("an emptied description is saved as null", async ({ signedInPage: page, sim }) => {
  await openIModel(page, PLANT);
  await descriptionBox(page).fill("");
  await saveButton(page).click();
  await announced(page, "Saved.");
  expect((await sim.requests({ method: "PATCH" }))[0]!.body).toEqual({ description: null });
  await page.reload();
  await expect(descriptionBox(page)).toHaveValue("");
});

test("a description with markup is saved and shown as text", async ({
  signedInPage: page,
  sim,
}) => {
  const dialogs: string[] = [];
  page.on("dialog", (dialog) => {
    dialogs.push(dialog.message());
    void dialog.dismiss();
  });
  const markup = "<img src=x onerror=alert(1)>";
  await openIModel(page, PLANT);
  await descriptionBox(page).fill(markup);
  await saveButton(page).click();
  await announced(page, "Saved.");

  expect((await sim.requests({ method: "PATCH" }))[0]!.body).toEqual({ description: markup });
  await expect(descriptionBox(page)).toHaveValue(markup);
  await page.reload();
  await expect(descriptionBox(page)).toHaveValue(markup);
  await expect(page.locator('img[src="x"]')).toHaveCount(0);
  expect(dialogs).toEqual([]);
});

test("a 4,000-character pasted name is refused clearly and nothing is lost", async ({
  signedInPage: page,
  sim,
}) => {
  const long = "Ω".repeat(4000);
  await openIModel(page, PLANT);
  await nameBox(page).fill(long);
  await expect(
    page.getByRole("main").getByText(/4,000 characters long; at most 255 are allowed/),
  ).toBeVisible();
  await expect(
    page.getByRole("main").getByText("4,000 of 255 characters: 3,745 too many"),
  ).toBeVisible();
  await expect(nameBox(page)).toHaveAttribute("aria-invalid", "true");
  await saveButton(page).click();
  await expect(nameBox(page)).toBeFocused();
  await expect(nameBox(page)).toHaveValue(long);
  expect(await sim.requests({ method: "PATCH" })).toEqual([]);
});

test("a blank name is refused as the user leaves the field", async ({ signedInPage: page }) => {
  await openIModel(page, PLANT);
  await nameBox(page).fill("   ");
  await expect(page.getByRole("main").getByText(/cannot be empty or only spaces/)).toHaveCount(0);
  await descriptionBox(page).focus();
  await expect(
    page.getByRole("main").getByText("Enter a name: it cannot be empty or only spaces."),
  ).toBeVisible();
  await nameBox(page).fill("Back to a name");
  await expect(page.getByRole("main").getByText(/cannot be empty or only spaces/)).toHaveCount(0);
});

test("a broken stored extent does not stop a rename, and is not sent", async ({
  signedInPage: page,
  sim,
}) => {
  await openIModel(page, SEED.imodels.outOfRangeExtent);
  await nameBox(page).fill("Renamed despite its extent");
  await saveButton(page).click();
  await announced(page, "Saved.");
  expect((await sim.requests({ method: "PATCH" }))[0]!.body).toEqual({
    name: "Renamed despite its extent",
  });
});

test("the detail page has no axe violations, also with an error on a field", async ({
  signedInPage: page,
}) => {
  await openIModel(page, PLANT);
  await expectNoAxeViolations(page);
  await nameBox(page).fill("x".repeat(300));
  await expect(nameBox(page)).toHaveAttribute("aria-invalid", "true");
  await expectNoAxeViolations(page);
});
