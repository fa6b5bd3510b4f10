import type { Page } from "@playwright/test";
import { expect } from "./fixtures";
import type { SimControl } from "./sim-control";

export const ROW_HEIGHT = 64;
export const list = (page: Page) => page.getByRole("list", { name: "iModels" });
export const row = (page: Page, n: number) => list(page).locator(`[aria-posinset="${n}"]`);
export const rowBox = (page: Page, n: number) => row(page, n).getByRole("checkbox");
export const panel = (page: Page) => page.locator(".progress-panel");
export const counts = (page: Page) => panel(page).locator(".progress-counts");

/** Scrolls the page until row n (1-based) is rendered in the middle of the window. */
export async function scrollToRow(page: Page, n: number): Promise<void> {
  await expect
    .poll(async () => {
      await page.evaluate(
        ({ n, height }) => {
          const element = document.querySelector('[role="list"][aria-label="iModels"]')!;
          const top = element.getBoundingClientRect().top + window.scrollY;
          window.scrollTo(0, top + (n - 1) * height - window.innerHeight / 2);
        },
        { n, height: ROW_HEIGHT },
      );
      return row(page, n).count();
    })
    .toBe(1);
}

/** Rows from..to (1-based) selected by a click and a Shift+click, as a person would. */
export async function selectRows(page: Page, from: number, to: number): Promise<void> {
  await scrollToRow(page, from);
  await rowBox(page, from).click();
  await scrollToRow(page, to);
  await rowBox(page, to).click({ modifiers: ["Shift"] });
}

export async function rowId(page: Page, n: number): Promise<string> {
  await scrollToRow(page, n);
  return (await row(page, n).getAttribute("data-imodel-id"))!;
}

/** Calls the API as another person would; while the limit this test set refuses it, asks again. */
export async function asEditorPatiently(
  sim: SimControl,
  method: string,
  path: string,
  body?: unknown,
): Promise<number> {
  let status = 0;
  await expect
    .poll(
      async () => {
        status = (await sim.asUser("editor", method, path, body)).status();
        return status;
      },
      { intervals: [1000], timeout: 30_000 },
    )
    .not.toBe(429);
  return status;
}
