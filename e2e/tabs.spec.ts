import type { Page } from "@playwright/test";
import { SEED } from "../simulator/seed-ids";
import { announced, nameBox, openIModel, saveButton } from "./edit-page";
import { expect, signOut, test, USER_NAMES } from "./fixtures";

const SUN_CITY = SEED.itwins.sunCity;
const PLANT = SEED.imodels.sunCityPlant;
const CONTROL = "Sun City Control Building";
/** How soon the other tab must agree. */
const WITHIN = { timeout: 1000 };

const star = (page: Page, name: string) =>
  page.getByRole("button", { name: `Favorite ${name}`, exact: true });

/** A second tab of the same browser, signed in as the same user (each tab keeps its own tokens). */
async function secondTab(first: Page): Promise<Page> {
  const second = await first.context().newPage();
  await second.goto("/");
  await second.getByRole("button", { name: "Sign in", exact: true }).click();
  // The provider's session cookie is shared: it may sign in without showing its chooser.
  const chooser = second.getByRole("button", { name: `Sign in as ${USER_NAMES.editor}` });
  const banner = second.getByRole("banner").getByText(USER_NAMES.editor);
  await expect(chooser.or(banner)).toBeVisible();
  if (await chooser.isVisible()) await chooser.click();
  await expect(banner).toBeVisible();
  return second;
}

test("a star in one tab shows in the other", async ({ signedInPage: a }) => {
  const b = await secondTab(a);
  for (const page of [a, b]) {
    await page.goto(`/itwins/${SUN_CITY}`);
    await expect(star(page, CONTROL)).toBeEnabled();
  }
  await star(a, CONTROL).click();
  await expect(star(a, CONTROL)).toHaveAttribute("aria-pressed", "true");
  await expect(star(b, CONTROL)).toHaveAttribute("aria-pressed", "true", WITHIN);
  await star(a, CONTROL).click();
  await expect(star(b, CONTROL)).toHaveAttribute("aria-pressed", "false", WITHIN);
});

test("a save in one tab shows in the other; a stale edit there asks before overwriting", async ({
  signedInPage: a,
}) => {
  const b = await secondTab(a);
  await openIModel(b, PLANT);
  await nameBox(b).fill("Typed in tab B");
  await openIModel(a, PLANT);
  await nameBox(a).fill("Saved in tab A");
  await saveButton(a).click();
  await announced(a, "Saved.");
  await expect(b.getByRole("heading", { level: 1, name: "Saved in tab A" })).toBeVisible(WITHIN);
  await expect(nameBox(b)).toHaveValue("Typed in tab B");

  await saveButton(b).click();
  const dialog = b.getByRole("dialog", { name: "Someone else changed this iModel" });
  await expect(dialog).toBeVisible();
  await expect(dialog).toContainText("Saved in tab A");
});

test("signing out in one tab signs out the other", async ({ signedInPage: a }) => {
  const b = await secondTab(a);
  await b.goto(`/itwins/${SUN_CITY}`);
  await expect(star(b, CONTROL)).toBeEnabled();
  await signOut(a);
  await expect(a.getByRole("button", { name: "Sign in", exact: true })).toBeVisible();
  await expect(b.getByRole("button", { name: "Sign in", exact: true })).toBeVisible();
  await expect(b.getByRole("banner").getByText(USER_NAMES.editor)).toHaveCount(0);
});
