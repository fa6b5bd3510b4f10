import { SEED } from "../simulator/seed-ids";
import { nameBox, descriptionBox, saveButton, announced, openIModel } from "./edit-page";
import { expect, test } from "./fixtures";

const PLANT = SEED.imodels.sunCityPlant;

test("another person's change to the same field is shown before saving, and the user picks", async ({
  signedInPage: page,
  sim,
}) => {
  await openIModel(page, PLANT);
  const theirs = await sim.asUser("editor", "PATCH", `/imodels/${PLANT}`, {
    name: "Renamed by a colleague",
    description: "Their description",
  });
  expect(theirs.status()).toBe(200);

  await nameBox(page).fill("My new name");
  await saveButton(page).click();

  const dialog = page.getByRole("dialog", { name: "Someone else changed this iModel" });
  await expect(dialog).toBeVisible();
  const nameGroup = dialog.getByRole("group", { name: "Name" });
  await expect(
    nameGroup.getByRole("radio", { name: /Theirs.*Renamed by a colleague/ }),
  ).toBeVisible();
  await expect(nameGroup.getByRole("radio", { name: /Yours.*My new name/ })).toBeChecked();
  await expect(dialog.getByRole("group", { name: "Description" })).toHaveCount(0);
  expect(await sim.requests({ method: "PATCH" })).toHaveLength(1);

  await dialog.getByRole("button", { name: "Save with these choices" }).click();
  await announced(page, "Saved.");
  const patches = await sim.requests({ method: "PATCH" });
  expect(patches.map((p) => p.body)).toEqual([
    { name: "Renamed by a colleague", description: "Their description" },
    { name: "My new name" },
  ]);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("My new name");
  await expect(descriptionBox(page)).toHaveValue("Their description");
});

test("taking the other person's value sends nothing", async ({ signedInPage: page, sim }) => {
  await openIModel(page, PLANT);
  await sim.asUser("editor", "PATCH", `/imodels/${PLANT}`, { description: "Their description" });
  await descriptionBox(page).fill("My description");
  await saveButton(page).click();

  const dialog = page.getByRole("dialog", { name: "Someone else changed this iModel" });
  await dialog.getByRole("radio", { name: /Theirs/ }).check();
  await dialog.getByRole("button", { name: "Save with these choices" }).click();
  await announced(page, /Nothing left to save/);
  await expect(descriptionBox(page)).toHaveValue("Their description");
  await expect(saveButton(page)).toBeDisabled();
  expect(await sim.requests({ method: "PATCH" })).toHaveLength(1);
});

test("a change to a field the user did not touch is taken quietly", async ({
  signedInPage: page,
  sim,
}) => {
  await openIModel(page, PLANT);
  await sim.asUser("editor", "PATCH", `/imodels/${PLANT}`, { description: "Their description" });
  await nameBox(page).fill("Only my name");
  await saveButton(page).click();
  await announced(page, "Saved.");
  await expect(page.getByRole("dialog")).toHaveCount(0);
  expect((await sim.requests({ method: "PATCH" })).at(-1)!.body).toEqual({ name: "Only my name" });
  await expect(descriptionBox(page)).toHaveValue("Their description");
});
