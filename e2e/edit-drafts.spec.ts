import type { Page } from "@playwright/test";
import { SEED } from "../simulator/seed-ids";
import { nameBox, descriptionBox, saveButton, announced, openIModel, iTwinLink } from "./edit-page";
import { expect, expectNoAxeViolations, test } from "./fixtures";

const PLANT = SEED.imodels.sunCityPlant;
const PLANT_NAME = "Sun City Renewable-energy Plant";
const DESCRIPTION = "Overall model of wind and solar farms in Sun City";

const draftOf = (page: Page, id: string) =>
  page.evaluate((key) => sessionStorage.getItem(key), `imodel-admin.draft.${id}`);

test("unsaved changes survive a reload, with a notice and a way to discard them", async ({
  signedInPage: page,
}) => {
  await openIModel(page, PLANT);
  await descriptionBox(page).fill("Half-written description");
  await expect.poll(() => draftOf(page, PLANT)).toContain("Half-written description");

  page.on("dialog", (dialog) => void dialog.accept());
  await page.reload();
  await expect(page.getByRole("main").getByText("Unsaved changes restored.")).toBeVisible();
  await expect(descriptionBox(page)).toHaveValue("Half-written description");
  await expect(saveButton(page)).toBeEnabled();

  await page.getByRole("button", { name: "Discard restored changes" }).click();
  await expect(descriptionBox(page)).toHaveValue(DESCRIPTION);
  await expect(page.getByRole("main").getByText("Unsaved changes restored.")).toHaveCount(0);
  await expect(saveButton(page)).toBeDisabled();
  await expect.poll(() => draftOf(page, PLANT)).toBeNull();
});

test("a restored draft can be saved, which clears it", async ({ signedInPage: page, sim }) => {
  await openIModel(page, PLANT);
  await nameBox(page).fill("Renamed from a draft");
  await expect.poll(() => draftOf(page, PLANT)).toContain("Renamed from a draft");
  page.on("dialog", (dialog) => void dialog.accept());
  await page.reload();
  await expect(nameBox(page)).toHaveValue("Renamed from a draft");
  await saveButton(page).click();
  await announced(page, "Saved.");
  expect((await sim.requests({ method: "PATCH" }))[0]!.body).toEqual({
    name: "Renamed from a draft",
  });
  await expect.poll(() => draftOf(page, PLANT)).toBeNull();
});

test("leaving through an in-app link asks first; the changes come back as a draft", async ({
  signedInPage: page,
}) => {
  await openIModel(page, PLANT);
  await nameBox(page).fill("Not saved yet");
  await page.getByRole("link", { name: "iModel Admin" }).click();

  const dialog = page.getByRole("dialog", { name: "Leave this page?" });
  await expect(dialog).toBeVisible();
  await expect(dialog).toContainText(`Your changes to “${PLANT_NAME}” are not saved.`);
  await expect(dialog.getByRole("button", { name: "Stay" })).toBeFocused();
  await expectNoAxeViolations(page);
  await dialog.getByRole("button", { name: "Stay" }).click();
  await expect(dialog).toHaveCount(0);
  await expect(page).toHaveURL(new RegExp(`/imodels/${PLANT}$`));
  await expect(nameBox(page)).toHaveValue("Not saved yet");

  await iTwinLink(page).click();
  await dialog.getByRole("button", { name: "Leave" }).click();
  await expect(page).toHaveURL(new RegExp(`/itwins/${SEED.itwins.sunCity}`));

  await page.getByRole("link", { name: PLANT_NAME, exact: true }).click();
  await expect(page.getByRole("main").getByText("Unsaved changes restored.")).toBeVisible();
  await expect(nameBox(page)).toHaveValue("Not saved yet");
});

test("a successful save never asks before leaving", async ({ signedInPage: page }) => {
  await openIModel(page, PLANT);
  await nameBox(page).fill("Saved, then left");
  await saveButton(page).click();
  await announced(page, "Saved.");
  await iTwinLink(page).click();
  await expect(page).toHaveURL(new RegExp(`/itwins/${SEED.itwins.sunCity}`));
  await expect(page.getByRole("dialog")).toHaveCount(0);
});

test("closing the tab with unsaved changes asks; after saving it does not", async ({
  signedInPage: page,
}) => {
  const dialogs: string[] = [];
  page.on("dialog", (dialog) => {
    dialogs.push(dialog.type());
    void dialog.dismiss();
  });
  await openIModel(page, PLANT);
  await nameBox(page).fill("About to close");
  await page.close({ runBeforeUnload: true });
  await expect.poll(() => dialogs).toEqual(["beforeunload"]);
  expect(page.isClosed()).toBe(false);

  await saveButton(page).click();
  await announced(page, "Saved.");
  const closed = page.waitForEvent("close");
  await page.close({ runBeforeUnload: true });
  await closed;
  expect(dialogs).toEqual(["beforeunload"]);
});
