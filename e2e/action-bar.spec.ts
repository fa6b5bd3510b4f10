import type { Locator, Page } from "@playwright/test";
import { SEED } from "../simulator/seed-ids";
import { descriptionBox, nameBox, openIModel, saveButton } from "./edit-page";
import { expect, test } from "./fixtures";
import type { SimControl } from "./sim-control";

// Every outcome of a save is read beside Save, in the window, with the page held still.

const PLANT = SEED.imodels.sunCityPlant;
const DIR = "test-results/screenshots";
const status = (page: Page) => page.locator("#save-status");
const scrollY = (page: Page) => page.evaluate(() => window.scrollY);
const focusOnBody = (page: Page) =>
  page.evaluate(() => document.activeElement === null || document.activeElement === document.body);

type Held = { scrollY: number; shownAt: number };

/** Where a control in the middle of the window sits on screen, to see that nothing moved. */
const shownAt = async (page: Page) =>
  (await page.getByRole("button", { name: "Draw rectangle" }).boundingBox())!.y;

/** Opens the plant, changes it and scrolls until Save is at the bottom of the window. */
async function editScrolled(page: Page, edit: (page: Page) => Promise<void>): Promise<Held> {
  await openIModel(page, PLANT);
  await edit(page);
  await page.evaluate(() => window.scrollTo(0, 300));
  await expect.poll(() => scrollY(page)).toBeGreaterThan(0);
  await expect(saveButton(page)).toBeInViewport({ ratio: 1 });
  const box = await saveButton(page).boundingBox();
  const height = page.viewportSize()!.height;
  // Save sits in the window's lowest fifth: where the eye is after scrolling down the form.
  expect(box!.y).toBeGreaterThan(height * 0.8);
  return { scrollY: await scrollY(page), shownAt: await shownAt(page) };
}

/**
 * The outcome is in the window next to Save, focus is on a control, and nothing moved: not the
 * page (scrollY) and not what is in the window. Nothing above the window may change height on a
 * save (a field keeps a line for its message, the app's notices float under the header), else
 * the browser's scroll anchoring would move scrollY by that height.
 */
async function expectBesideSave(page: Page, text: string | RegExp, before: Held) {
  await expect(status(page)).toContainText(text);
  await expect(status(page)).toBeInViewport({ ratio: 1 });
  await expect(saveButton(page)).toBeInViewport({ ratio: 1 });
  const save = (await saveButton(page).boundingBox())!;
  const said = (await status(page).boundingBox())!;
  expect(Math.abs(said.y - save.y)).toBeLessThan(save.height * 2);
  expect(await focusOnBody(page)).toBe(false);
  expect(Math.abs((await shownAt(page)) - before.shownAt)).toBeLessThan(2);
  expect(await scrollY(page)).toBe(before.scrollY);
}

/**
 * Clicks where the control is, as a person would: Playwright's own click first scrolls a
 * sticky element to where it would sit unstuck, which would move the page itself.
 */
async function clickInPlace(page: Page, control: Locator) {
  const box = (await control.boundingBox())!;
  await page.mouse.click(box.x + box.width / 2, box.y + box.height / 2);
}

const fillDescription = (text: string) => (page: Page) => descriptionBox(page).fill(text);

test.describe("at 1440×900, scrolled to Save", () => {
  test.use({ viewport: { width: 1440, height: 900 } });

  test("a success says when and what was saved", async ({ signedInPage: page }) => {
    const before = await editScrolled(page, async (p) => {
      await nameBox(p).fill("Sun City Solar Park");
      await descriptionBox(p).fill("Wind and sun");
    });
    await clickInPlace(page, saveButton(page));
    await expectBesideSave(page, /^Saved at \d{1,2}:\d{2}.* · name and description$/, before);
    await expect(saveButton(page)).toBeDisabled();
  });

  test("a 409 duplicate name: the bar counts the field and leads to it", async ({
    signedInPage: page,
    sim,
  }) => {
    const before = await editScrolled(page, (p) => nameBox(p).fill("sun city wind farm"));
    await clickInPlace(page, saveButton(page));
    await expectBesideSave(page, "1 field needs attention", before);
    expect((await sim.requests({ method: "PATCH" }))[0]!.status).toBe(409);
    await clickInPlace(page, page.getByRole("button", { name: "1 field needs attention" }));
    await expect(nameBox(page)).toBeFocused();
    await expect(nameBox(page)).toHaveAccessibleDescription(/already named “sun city wind farm”/);
  });

  test("a 422 on a field: the bar counts it", async ({ signedInPage: page, sim }) => {
    await sim.fault({
      method: "PATCH",
      path: "/imodels/*",
      status: 422,
      body: JSON.stringify({
        error: {
          code: "InvalidiModelsRequest",
          message: "Cannot update iModel.",
          details: [
            {
              code: "InvalidValue",
              message: "Provided 'name' value is not valid.",
              target: "name",
            },
          ],
        },
      }),
    });
    const before = await editScrolled(page, fillDescription("Changed"));
    await clickInPlace(page, saveButton(page));
    await expectBesideSave(page, "1 field needs attention", before);
    await expect(nameBox(page)).toHaveAttribute("aria-invalid", "true");
  });

  test("a 429 with Retry-After 5 shows its countdown and Cancel, then saves", async ({
    signedInPage: page,
    sim,
  }) => {
    await sim.fault({
      method: "PATCH",
      path: "/imodels/*",
      status: 429,
      code: "TooManyRequests",
      retryAfter: 5,
    });
    const before = await editScrolled(page, fillDescription("After the wait"));
    await clickInPlace(page, saveButton(page));
    await expectBesideSave(page, /trying again in [1-5] s/, before);
    await expect(status(page).getByRole("button", { name: "Cancel" })).toBeInViewport();
    await expectBesideSave(page, /^Saved at .* · description$/, before);
  });

  test("a dropped connection offers Retry save beside Save", async ({
    signedInPage: page,
    sim,
  }) => {
    await sim.fault({ method: "PATCH", path: "/imodels/*", status: 0, times: 10 });
    const before = await editScrolled(page, fillDescription("Second try"));
    await clickInPlace(page, saveButton(page));
    await expectBesideSave(page, /Not saved: The iTwin Platform could not be reached/, before);
    await sim.clearFaults();
    await clickInPlace(page, status(page).getByRole("button", { name: "Retry save" }));
    await expectBesideSave(page, /^Saved at .* · description$/, before);
  });

  test("an expired session says so beside Save", async ({ signedInPage: page, sim }) => {
    const before = await editScrolled(page, fillDescription("Before the session ended"));
    await sim.revokeSessions("editor");
    await sim.fault({ method: "PATCH", path: "/imodels/*", status: 401, code: "Unauthorized" });
    await clickInPlace(page, saveButton(page));
    await expectBesideSave(page, /Your sign-in has expired, so nothing was saved/, before);
    await expect(descriptionBox(page)).toHaveValue("Before the session ended");
  });

  test("while saving, the extent's tools and the map's handles stay in place, disabled", async ({
    signedInPage: page,
    sim,
  }) => {
    await sim.fault({ method: "PATCH", path: "/imodels/*", delayMs: 2_000 });
    const before = await editScrolled(page, fillDescription("Slowly"));
    const draw = page.getByRole("button", { name: "Draw rectangle" });
    const paste = page.getByRole("textbox", { name: "Paste extent" });
    const drawBox = await draw.boundingBox();
    const pasteBox = await paste.boundingBox();
    const handles = page.locator(".extent-handle");
    await expect(handles).toHaveCount(9);
    const handleBox = await handles.first().boundingBox();
    await clickInPlace(page, saveButton(page));
    await expect(status(page)).toContainText("Saving…");
    await expect(draw).toBeDisabled();
    await expect(paste).toBeDisabled();
    expect(await draw.boundingBox()).toEqual(drawBox);
    expect(await paste.boundingBox()).toEqual(pasteBox);
    // The rectangle keeps its handles where they were; the map ignores them until the save ends.
    await expect(handles).toHaveCount(9);
    expect(await handles.first().boundingBox()).toEqual(handleBox);
    await expectBesideSave(page, /^Saved at/, before);
  });
});

async function waitOutRateLimit(sim: SimControl) {
  await sim.fault({
    method: "PATCH",
    path: "/imodels/*",
    status: 429,
    code: "TooManyRequests",
    retryAfter: 30,
  });
}

for (const scheme of ["light", "dark"] as const) {
  for (const size of [
    { name: "1440x900", width: 1440, height: 900 },
    { name: "390x844", width: 390, height: 844 },
  ]) {
    test(`screenshots of the action bar: ${scheme}, ${size.name}`, async ({
      signedInPage: page,
      sim,
    }) => {
      const suffix = `${scheme}-${size.name}`;
      await page.setViewportSize({ width: size.width, height: size.height });
      await page.emulateMedia({ colorScheme: scheme });
      await expect(page.locator("html")).toHaveAttribute("data-iui-theme", scheme);
      await openIModel(page, PLANT);
      await page.evaluate(() => window.scrollTo(0, 300));

      await descriptionBox(page).fill("Wind, sun and storage");
      await clickInPlace(page, saveButton(page));
      await expect(status(page)).toContainText(/^Saved at/);
      await expect(status(page)).toBeInViewport({ ratio: 1 });
      await page.screenshot({ path: `${DIR}/detail-actionbar-saved-${suffix}.png` });

      await sim.fault({ method: "PATCH", path: "/imodels/*", status: 0, times: 10 });
      await descriptionBox(page).fill("Kept through a dropped connection");
      await clickInPlace(page, saveButton(page));
      await expect(status(page)).toContainText(/could not be reached/);
      await expect(status(page)).toBeInViewport({ ratio: 1 });
      await page.screenshot({ path: `${DIR}/detail-actionbar-failed-${suffix}.png` });
      await sim.clearFaults();
      await waitOutRateLimit(sim);
      await clickInPlace(page, saveButton(page));
      await expect(status(page)).toContainText(/trying again in \d+ s/);
      await expect(status(page)).toBeInViewport({ ratio: 1 });
      await page.screenshot({ path: `${DIR}/detail-actionbar-ratelimit-${suffix}.png` });
      await status(page).getByRole("button", { name: "Cancel" }).click();
      await expect(status(page)).toContainText("Save cancelled");
    });
  }
}
