import type { Page } from "@playwright/test";
import { expect } from "./fixtures";

/** The detail page's form, by its accessible names. */
export const nameBox = (page: Page) => page.getByRole("textbox", { name: "Name", exact: true });
export const descriptionBox = (page: Page) =>
  page.getByRole("textbox", { name: "Description", exact: true });
export const saveButton = (page: Page) => page.getByRole("button", { name: "Save", exact: true });

/**
 * Clicks Save where it is on screen, as a person does. Playwright's own click first scrolls the
 * sticky action bar to where it would sit unstuck, which moves the page and hides the fields.
 */
export async function clickSave(page: Page) {
  await expect(saveButton(page)).toBeEnabled();
  const box = (await saveButton(page).boundingBox())!;
  await page.mouse.click(box.x + box.width / 2, box.y + box.height / 2);
}

/** The properties' link to the iModel's iTwin (named by the iTwin's name). */
export const iTwinLink = (page: Page) =>
  page.getByRole("region", { name: "Properties" }).getByRole("link").first();

/** A message in a role=status region, as a screen reader would hear it. */
export const announced = (page: Page, text: string | RegExp) =>
  expect(page.getByRole("status").filter({ hasText: text })).toHaveCount(1);

/** Opens an iModel and waits until its form can be edited. */
export async function openIModel(page: Page, id: string): Promise<void> {
  await page.goto(`/imodels/${id}`);
  await expect(nameBox(page)).toBeEditable();
}
