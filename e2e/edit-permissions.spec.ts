import { SEED } from "../simulator/seed-ids";
import { nameBox, descriptionBox, saveButton } from "./edit-page";
import { expect, test } from "./fixtures";

const PLANT = SEED.imodels.sunCityPlant;
const ROLE_READ_ONLY =
  "You can view this iModel but not edit it: your role in this iTwin lets you view its iModels, and editing needs the imodels_manage permission.";
const SECURED_READ_ONLY =
  "You can view this iModel but not edit it: it has permissions of its own, which let you view it only. Editing needs imodels_manage on this iModel.";

test.describe("as a viewer", () => {
  test.use({ user: "viewer" });

  test("the form is read-only and says why; the service refuses a PATCH with 403", async ({
    signedInPage: page,
    sim,
  }) => {
    await page.goto(`/imodels/${PLANT}`);
    // Before any click: the form says why it is read-only.
    await expect(page.getByRole("form").getByText(ROLE_READ_ONLY)).toBeVisible();
    await expect(nameBox(page)).toHaveValue("Sun City Renewable-energy Plant");
    await expect(nameBox(page)).not.toBeEditable();
    await expect(descriptionBox(page)).not.toBeEditable();
    await expect(page.getByRole("textbox", { name: "West longitude" })).not.toBeEditable();
    await expect(saveButton(page)).toHaveCount(0);
    await expect(page.getByRole("button", { name: "Discard changes" })).toHaveCount(0);
    await expect(page.getByRole("main").getByText("East US", { exact: true })).toBeVisible();

    const response = await sim.asUser("viewer", "PATCH", `/imodels/${PLANT}`, {
      name: "Not allowed",
    });
    expect(response.status()).toBe(403);
    expect(await sim.requests({ method: "PATCH", path: `/imodels/${PLANT}` })).toHaveLength(1);
  });
});

test.describe("as a user whose permissions differ per iModel", () => {
  test.use({ user: "mixed" });

  test("the secured iModel is read-only, its sibling is editable", async ({
    signedInPage: page,
  }) => {
    await page.goto(`/imodels/${SEED.imodels.harborSecured}`);
    await expect(page.getByRole("form").getByText(SECURED_READ_ONLY)).toBeVisible();
    await expect(page.getByRole("main").getByText(ROLE_READ_ONLY)).toHaveCount(0);
    await expect(nameBox(page)).not.toBeEditable();

    await page.goto(`/imodels/${SEED.imodels.harborDeck}`);
    await expect(nameBox(page)).toBeEditable();
    await expect(page.getByRole("main").getByText(SECURED_READ_ONLY)).toHaveCount(0);
  });
});

test("a 403 on save makes the form read-only and keeps the edits", async ({
  signedInPage: page,
  sim,
}) => {
  await sim.fault({
    method: "PATCH",
    path: "/imodels/*",
    status: 403,
    code: "InsufficientPermissions",
  });
  await page.goto(`/imodels/${PLANT}`);
  await expect(nameBox(page)).toBeEditable();
  await nameBox(page).fill("Refused rename");
  await saveButton(page).click();
  await expect(
    page
      .getByRole("main")
      .getByText(/You cannot edit this iModel: the iTwin Platform refused the change/),
  ).toBeVisible();
  await expect(nameBox(page)).not.toBeEditable();
  await expect(nameBox(page)).toHaveValue("Refused rename");
  await expect(saveButton(page)).toHaveCount(0);
});
