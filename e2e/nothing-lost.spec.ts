import type { Page } from "@playwright/test";
import { SEED } from "../simulator/seed-ids";
import { announced, iTwinLink, nameBox, openIModel, saveButton } from "./edit-page";
import { expect, test } from "./fixtures";
import type { SimControl } from "./sim-control";

const KANSAI = SEED.imodels.japanese;
const KANSAI_NAME = "関西車両基地 総合モデル";

const draftOf = (page: Page, id: string) =>
  page.evaluate((key) => sessionStorage.getItem(key), `imodel-admin.draft.${id}`);

/** Leaves for the iTwin's list and opens the iModel again, as a person would. */
async function leaveAndReopen(page: Page) {
  await iTwinLink(page).click();
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

const SUN_CITY = SEED.itwins.sunCity;
const CONTROL = "Sun City Control Building";
const RATE_LIMITED = "Rate limited — your star will be saved when the iTwin Platform allows";
const star = (page: Page, name: string) =>
  page.getByRole("button", { name: `Favorite ${name}`, exact: true });

async function serverFavorites(sim: SimControl): Promise<string[]> {
  const response = await sim.asUser("editor", "GET", `/imodels/favorites?iTwinId=${SUN_CITY}`);
  const body = (await response.json()) as { iModels: { displayName: string }[] };
  return body.iModels.map((m) => m.displayName).sort();
}

async function openList(page: Page) {
  await page.goto(`/itwins/${SUN_CITY}`);
  await expect(star(page, CONTROL)).toBeEnabled();
}

test.describe("a star clicked is a star kept", () => {
  test("star on and off, then a reload at once: the server ends with no star", async ({
    signedInPage: page,
    sim,
  }) => {
    await openList(page);
    page.on("dialog", (dialog) => void dialog.accept());
    await star(page, CONTROL).click();
    await star(page, CONTROL).click();
    await expect(star(page, CONTROL)).toHaveAttribute("aria-pressed", "false");
    await page.reload();
    await expect(star(page, CONTROL)).toBeEnabled();
    await expect(star(page, CONTROL)).toHaveAttribute("aria-pressed", "false");
    await expect.poll(() => serverFavorites(sim)).toEqual([]);
    await page.reload();
    await expect(star(page, CONTROL)).toBeEnabled();
    await expect(star(page, CONTROL)).toHaveAttribute("aria-pressed", "false");
  });

  test("a star waiting out a 429 is sent after a reload", async ({ signedInPage: page, sim }) => {
    await openList(page);
    await sim.fault({
      method: "PUT",
      path: "/imodels/favorites/*",
      status: 429,
      code: "RateLimitExceeded",
      retryAfter: 60,
    });
    await star(page, CONTROL).click();
    await expect(page.getByRole("status").filter({ hasText: RATE_LIMITED })).toBeVisible();
    page.on("dialog", (dialog) => void dialog.accept());
    await page.reload();
    await expect(star(page, CONTROL)).toHaveAttribute("aria-pressed", "true");
    await expect.poll(() => serverFavorites(sim)).toEqual([CONTROL]);
    await page.reload();
    await expect(star(page, CONTROL)).toBeEnabled();
    await expect(star(page, CONTROL)).toHaveAttribute("aria-pressed", "true");
  });

  test("closing the tab while a star is unsent asks; once it is saved it does not", async ({
    signedInPage: page,
    sim,
  }) => {
    await openList(page);
    await sim.fault({ method: "PUT", path: "/imodels/favorites/*", delayMs: 1500 });
    const dialogs: string[] = [];
    page.on("dialog", (dialog) => {
      dialogs.push(dialog.type());
      void dialog.dismiss();
    });
    await star(page, CONTROL).click();
    await page.close({ runBeforeUnload: true });
    await expect.poll(() => dialogs).toEqual(["beforeunload"]);
    expect(page.isClosed()).toBe(false);

    await expect.poll(() => serverFavorites(sim)).toEqual([CONTROL]);
    const closed = page.waitForEvent("close");
    await page.close({ runBeforeUnload: true });
    await closed;
    expect(dialogs).toEqual(["beforeunload"]);
  });
});

const PLANT = SEED.imodels.sunCityPlant;
const PLANT_NAME = "Sun City Renewable-energy Plant";
const CONFLICT = "Someone else changed this iModel";

async function serverName(sim: SimControl, id: string): Promise<string> {
  const response = await sim.asUser("editor", "GET", `/imodels/${id}`);
  return ((await response.json()) as { iModel: { name: string } }).iModel.name;
}

test.describe("own saves are not other people's changes", () => {
  test("a save that lands after leaving is not reported as someone else's", async ({
    signedInPage: page,
    sim,
  }) => {
    await openIModel(page, PLANT);
    await sim.fault({ method: "PATCH", path: `/imodels/${PLANT}`, delayMs: 2000 });
    await nameBox(page).fill("First save");
    await saveButton(page).click();
    await iTwinLink(page).click();
    await page.getByRole("link", { name: PLANT_NAME, exact: true }).click();
    await expect(nameBox(page)).toHaveValue("First save");
    await nameBox(page).fill("Second save");
    await expect.poll(() => serverName(sim, PLANT)).toBe("First save");
    await saveButton(page).click();
    await announced(page, "Saved.");
    await expect(page.getByRole("dialog", { name: CONFLICT })).toHaveCount(0);
    expect(await serverName(sim, PLANT)).toBe("Second save");
  });

  test("a save unconfirmed at a reload is reported and waited for before the next save", async ({
    signedInPage: page,
    sim,
  }) => {
    await openIModel(page, PLANT);
    await sim.fault({ method: "PATCH", path: `/imodels/${PLANT}`, delayMs: 2500 });
    await nameBox(page).fill("Before the reload");
    await saveButton(page).click();
    await expect(saveButton(page)).toBeDisabled();
    page.on("dialog", (dialog) => void dialog.accept());
    await page.reload();
    await expect(
      page.getByText("A save from before the reload may still be under way"),
    ).toBeVisible();
    await expect(nameBox(page)).toBeEditable();
    await nameBox(page).fill("After the reload");
    await saveButton(page).click();
    await announced(page, "Saved.");
    await expect(page.getByRole("dialog", { name: CONFLICT })).toHaveCount(0);
    await expect(
      page.getByText("A save from before the reload may still be under way"),
    ).toHaveCount(0);
    expect(await serverName(sim, PLANT)).toBe("After the reload");
    // The earlier save went first; the new one (repeated if a slow answer timed out) after it.
    const patches = await sim.requests({ method: "PATCH" });
    const names = patches.map((p) => (p.body as { name: string }).name);
    expect([...new Set(names)]).toEqual(["Before the reload", "After the reload"]);
  });
});
