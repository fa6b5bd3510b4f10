import { SEED } from "../simulator/seed-ids";
import { nameBox, descriptionBox, saveButton, announced, openIModel, clickSave } from "./edit-page";
import { expect, test } from "./fixtures";

const PLANT = SEED.imodels.sunCityPlant;

const validationFailure = (details: { code: string; message: string; target?: string }[]) =>
  JSON.stringify({
    error: { code: "InvalidiModelsRequest", message: "Cannot update iModel.", details },
  });

test("a duplicate name is shown on Name, focused, and the edit is kept", async ({
  signedInPage: page,
  sim,
}) => {
  await openIModel(page, PLANT);
  await nameBox(page).fill("sun city wind farm");
  await clickSave(page);

  const message = "Another iModel in this iTwin is already named “sun city wind farm”.";
  await expect(page.getByRole("main").getByText(message, { exact: true })).toBeVisible();
  await expect(nameBox(page)).toBeFocused();
  await expect(nameBox(page)).toHaveAttribute("aria-invalid", "true");
  await expect(nameBox(page)).toHaveAccessibleDescription(message);
  await expect(nameBox(page)).toHaveValue("sun city wind farm");
  await announced(page, message);
  expect((await sim.requests({ method: "PATCH" }))[0]!.status).toBe(409);

  await nameBox(page).fill("Sun City Wind Farm 2");
  await expect(page.getByRole("main").getByText(message, { exact: true })).toHaveCount(0);
  await clickSave(page);
  await announced(page, "Saved.");
});

for (const field of ["name", "description", "extent"] as const) {
  test(`a 422 InvalidValue on ${field} is shown on that field`, async ({
    signedInPage: page,
    sim,
  }) => {
    const message = `Provided '${field}' value is not valid.`;
    await sim.fault({
      method: "PATCH",
      path: "/imodels/*",
      status: 422,
      body: validationFailure([{ code: "InvalidValue", message, target: field }]),
    });
    await openIModel(page, PLANT);
    await descriptionBox(page).fill("Changed");
    await clickSave(page);
    await expect(page.getByRole("main").getByText(message, { exact: true })).toBeVisible();
    if (field === "extent") {
      await expect(page.getByRole("group", { name: "Extent" })).toHaveAccessibleDescription(
        message,
      );
      await expect(page.getByRole("textbox", { name: "West longitude" })).toBeFocused();
    } else {
      const box = field === "name" ? nameBox(page) : descriptionBox(page);
      await expect(box).toHaveAttribute("aria-invalid", "true");
      await expect(box).toHaveAccessibleDescription(message);
      await expect(box).toBeFocused();
    }
    await expect(descriptionBox(page)).toHaveValue("Changed");
  });
}

for (const [code, message] of [
  ["InvalidRequestBody", "Failed to parse request body. Make sure it is a valid JSON."],
  [
    "MissingRequiredProperty",
    "Required property is missing. At least one of the following properties must be provided: 'extent', 'name', 'description'.",
  ],
] as const) {
  test(`a 422 ${code} is shown at form level`, async ({ signedInPage: page, sim }) => {
    await sim.fault({
      method: "PATCH",
      path: "/imodels/*",
      status: 422,
      body: validationFailure([{ code, message }]),
    });
    await openIModel(page, PLANT);
    await descriptionBox(page).fill("Changed");
    await clickSave(page);
    await expect(
      page.getByRole("main").getByText(`The iTwin Platform did not accept the change: ${message}`),
    ).toBeVisible();
    await expect(nameBox(page)).not.toHaveAttribute("aria-invalid", "true");
    await expect(descriptionBox(page)).not.toHaveAttribute("aria-invalid", "true");
    await expect(descriptionBox(page)).toHaveValue("Changed");
    await expect(saveButton(page)).toBeEnabled();
  });
}

test("a not-initialized iModel opens read-only with its banner, before any click", async ({
  signedInPage: page,
  sim,
}) => {
  await page.goto(`/imodels/${SEED.imodels.notInitialized}`);
  await expect(
    page.getByRole("main").getByText(/This iModel is not initialized yet/),
  ).toBeVisible();
  await expect(page.getByRole("form").getByText(/updates by itself once it is/)).toBeVisible();
  await expect(nameBox(page)).toHaveValue("Sun City Battery Storage (importing)");
  await expect(nameBox(page)).not.toBeEditable();
  await expect(descriptionBox(page)).not.toBeEditable();
  await expect(saveButton(page)).toBeDisabled();
  await page.getByRole("button", { name: "Check again" }).click();
  await announced(page, "The iModel is still not initialized.");
  await expect(nameBox(page)).not.toBeEditable();
  expect(await sim.requests({ method: "PATCH" })).toHaveLength(0);
});

test("a save refused as not initialized shows the banner; once ready, Check again lets it save", async ({
  signedInPage: page,
  sim,
}) => {
  await sim.fault({
    method: "PATCH",
    path: "/imodels/*",
    status: 409,
    code: "iModelExists",
    message: "iModel is not initialized. Cannot update an iModel that is not initialized.",
  });
  await openIModel(page, SEED.imodels.sunCityPlant);
  await descriptionBox(page).fill("Waiting for the first file");
  await clickSave(page);
  await expect(
    page.getByRole("main").getByText(/This iModel is not initialized yet/),
  ).toBeVisible();
  await expect(saveButton(page)).toBeDisabled();
  await expect(descriptionBox(page)).toHaveValue("Waiting for the first file");
  await expect(nameBox(page)).not.toHaveAttribute("aria-invalid", "true");
  await page.getByRole("button", { name: "Check again" }).click();
  await announced(page, "The iModel is initialized now: you can save.");
  await expect(saveButton(page)).toBeEnabled();
});

test("an unknown iModel shows the not-found page with a way back", async ({
  signedInPage: page,
}) => {
  await page.goto("/imodels/00000000-0000-4000-8000-000000000000");
  await expect(page.getByRole("heading", { level: 1, name: "Not found" })).toBeVisible();
  await page.getByRole("link", { name: "Back to the iModels" }).click();
  await expect(page).not.toHaveURL(/\/imodels\//);
});

test("an iModel deleted while editing shows the not-found page", async ({
  signedInPage: page,
  sim,
}) => {
  await sim.fault({ method: "PATCH", path: "/imodels/*", status: 404, code: "iModelNotFound" });
  await openIModel(page, PLANT);
  await nameBox(page).fill("Gone meanwhile");
  await clickSave(page);
  await expect(page.getByRole("heading", { level: 1, name: "Not found" })).toBeVisible();
  await expect(page.getByRole("link", { name: "Back to the iModels" })).toBeVisible();
});

test("a 415 is reported as an internal error", async ({ signedInPage: page, sim }) => {
  await sim.fault({
    method: "PATCH",
    path: "/imodels/*",
    status: 415,
    code: "UnsupportedMediaType",
  });
  await openIModel(page, PLANT);
  await nameBox(page).fill("Any name");
  await clickSave(page);
  await expect(
    page.getByRole("main").getByText(/Not saved because of an internal error/),
  ).toBeVisible();
  await expect(nameBox(page)).toHaveValue("Any name");
});

test("a 429 waits with a countdown, then the save goes through", async ({
  signedInPage: page,
  sim,
}) => {
  await sim.fault({
    method: "PATCH",
    path: "/imodels/*",
    status: 429,
    code: "TooManyRequests",
    retryAfter: 2,
  });
  await openIModel(page, PLANT);
  await nameBox(page).fill("Saved after waiting");
  await clickSave(page);
  await expect(
    page
      .getByRole("status")
      .filter({ hasText: /Rate limited by the iTwin Platform — retrying in \d s/ }),
  ).toBeVisible();
  await expect(page.getByRole("main").getByText("Saving…")).toBeVisible();
  await expect(saveButton(page)).toBeDisabled();
  await announced(page, "Saved.");
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Saved after waiting");
  expect((await sim.requests({ method: "PATCH" })).map((r) => r.status)).toEqual([429, 200]);
});

test("a save waiting out a 429 can be cancelled, keeping the edits", async ({
  signedInPage: page,
  sim,
}) => {
  await sim.fault({
    method: "PATCH",
    path: "/imodels/*",
    status: 429,
    code: "RateLimitExceeded",
    retryAfter: 30,
  });
  await openIModel(page, PLANT);
  await nameBox(page).fill("Not now");
  await clickSave(page);
  await expect(page.getByRole("main").getByText("Saving…")).toBeVisible();
  await page.getByRole("button", { name: "Cancel", exact: true }).click();
  await expect(
    page.getByRole("main").getByText("Save cancelled. Your changes are still here, not saved."),
  ).toBeVisible();
  await expect(nameBox(page)).toHaveValue("Not now");
  await expect(saveButton(page)).toBeEnabled();
  expect((await sim.requests({ method: "PATCH" })).map((r) => r.status)).toEqual([429]);
});

test("a dropped connection offers Retry save", async ({ signedInPage: page, sim }) => {
  // Chromium sends a request again by itself (more than once) when a connection drops: drop those too.
  await sim.fault({ method: "PATCH", path: "/imodels/*", status: 0, times: 10 });
  await openIModel(page, PLANT);
  await nameBox(page).fill("Saved on the second try");
  await clickSave(page);
  await expect(
    page.getByRole("main").getByText(/Not saved: The iTwin Platform could not be reached/),
  ).toBeVisible();
  await expect(nameBox(page)).toHaveValue("Saved on the second try");
  await sim.clearFaults();
  await page.getByRole("button", { name: "Retry save" }).click();
  await announced(page, "Saved.");
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Saved on the second try");
});

test("a save that times out offers Retry save", async ({ signedInPage: page, sim }) => {
  // An answer later than the app's 6 s timeout; an error, so the late request changes nothing for the next test.
  await sim.fault({ method: "PATCH", path: "/imodels/*", status: 503, delayMs: 8_000 });
  await openIModel(page, PLANT);
  await nameBox(page).fill("Slow service");
  await clickSave(page);
  await expect(page.getByRole("main").getByText(/did not answer in time/)).toBeVisible({
    timeout: 15_000,
  });
  await expect(page.getByRole("button", { name: "Retry save" })).toBeVisible();
  await expect(nameBox(page)).toHaveValue("Slow service");
});
