import type { Page } from "@playwright/test";
import { SEED } from "../simulator/seed-ids";
import { nameBox, openIModel } from "./edit-page";
import { expect, test } from "./fixtures";

const KANSAI = SEED.imodels.japanese;
const KANSAI_NAME = "関西車両基地 総合モデル";

const draftOf = (page: Page, id: string) =>
  page.evaluate((key) => sessionStorage.getItem(key), `imodel-admin.draft.${id}`);

/** Leaves for the iTwin's list and opens the iModel again, as a person would. */
async function leaveAndReopen(page: Page) {
  await page.getByRole("link", { name: "its iModels" }).click();
  await expect(page).toHaveURL(new RegExp(`/itwins/${SEED.itwins.kansaiDepot}`));
  await page.getByRole("link", { name: KANSAI_NAME, exact: true }).click();
  await expect(nameBox(page)).toBeEditable();
}

async function expectNothingRestored(page: Page) {
  await expect(nameBox(page)).toHaveValue(KANSAI_NAME);
  await expect(page.getByRole("main").getByText("Unsaved changes restored.")).toHaveCount(0);
  expect(await draftOf(page, KANSAI)).toBeNull();
}

async function typeZAndBackspace(page: Page) {
  await nameBox(page).press("End");
  await nameBox(page).press("Z");
  await nameBox(page).press("Backspace");
  await expect(nameBox(page)).toHaveValue(KANSAI_NAME);
}

test.describe("discarded edits stay gone", () => {
  test("a typed and at once erased letter does not come back after leaving", async ({
    signedInPage: page,
  }) => {
    await openIModel(page, KANSAI);
    await typeZAndBackspace(page);
    await leaveAndReopen(page);
    await expectNothingRestored(page);
  });

  test("Discard changes right after typing does not come back after leaving", async ({
    signedInPage: page,
  }) => {
    await openIModel(page, KANSAI);
    await nameBox(page).press("End");
    await nameBox(page).press("Z");
    await page.getByRole("button", { name: "Discard changes" }).click();
    await expect(nameBox(page)).toHaveValue(KANSAI_NAME);
    await leaveAndReopen(page);
    await expectNothingRestored(page);
  });

  test("a typed and erased letter does not come back after a reload", async ({
    signedInPage: page,
  }) => {
    await openIModel(page, KANSAI);
    await typeZAndBackspace(page);
    await page.reload();
    await expect(nameBox(page)).toBeEditable();
    await expectNothingRestored(page);
  });

  test("Discard changes right after typing does not come back after a reload", async ({
    signedInPage: page,
  }) => {
    await openIModel(page, KANSAI);
    await nameBox(page).press("End");
    await nameBox(page).press("Z");
    await page.getByRole("button", { name: "Discard changes" }).click();
    await expect(nameBox(page)).toHaveValue(KANSAI_NAME);
    await page.reload();
    await expect(nameBox(page)).toBeEditable();
    await expectNothingRestored(page);
  });
});
