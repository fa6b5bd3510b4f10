import type { Locator, Page } from "@playwright/test";
import { SEED } from "../simulator/seed-ids";
import { expect, test } from "./fixtures";
import { APP_URL, IDP_URL } from "./ports";

// Favorite and recent iTwins first (issue 20), the theme control, the sign-in help and the
// phone's Filters button (issue 14 leftovers).

const DIR = "test-results/screenshots";
const picker = (page: Page) => page.getByRole("combobox", { name: "iTwin", exact: true });
const listbox = (page: Page) => page.getByRole("listbox", { name: "iTwin" });
const section = (page: Page, name: string) =>
  page.getByRole("region", { name: new RegExp(`^${name} \\(`) });
const rowNames = (list: Locator) => list.getByRole("listitem").locator(".itwin-list-name");

/** Opens an iTwin from the picker with the keyboard alone: type, Down, Enter. */
async function openWithKeyboard(page: Page, text: string, id: string) {
  await expect(picker(page)).toBeEnabled();
  await picker(page).focus();
  await page.keyboard.type(text);
  await page.keyboard.press("ArrowDown");
  await page.keyboard.press("Enter");
  await expect(page).toHaveURL(new RegExp(`/itwins/${id}`));
  await expect(page.getByRole("list", { name: "iModels" })).toBeVisible();
}

async function backToStart(page: Page) {
  await page.getByRole("banner").getByRole("link", { name: "iTwins" }).focus();
  await page.keyboard.press("Enter");
  await expect(page.getByRole("heading", { name: "Choose an iTwin" })).toBeVisible();
}

test("a starred iTwin and the last opened one come first, on the start page and in the picker, by keyboard", async ({
  signedInPage: page,
  sim,
}) => {
  await openWithKeyboard(page, "Metro Line", SEED.itwins.metroLine4);
  await expect
    .poll(async () => (await sim.requests({ method: "POST", path: /\/itwins\/recents\// })).length)
    .toBeGreaterThan(0);
  await backToStart(page);

  const star = page.getByRole("button", { name: "Favorite Harbor Bridge Retrofit" }).last();
  await expect(star).toBeEnabled();
  await star.focus();
  await page.keyboard.press("Space");
  await expect(star).toHaveAttribute("aria-pressed", "true");

  await expect(page.getByRole("heading", { level: 2 })).toHaveText([
    /^Favorites \(1\)/,
    /^Recent \(1\)/,
    /^All iTwins \(\d+\)/,
  ]);
  await expect(rowNames(section(page, "Favorites"))).toHaveText(["Harbor Bridge Retrofit"]);
  await expect(rowNames(section(page, "Recent"))).toHaveText(["Metro Line 4"]);

  // The picker: Favorites, then Recent, then the rest, each iTwin once.
  await picker(page).focus();
  await page.keyboard.press("ArrowDown");
  await expect(picker(page)).toHaveAttribute("aria-expanded", "true");
  await expect(listbox(page).getByRole("group")).toHaveCount(3);
  await expect(
    listbox(page).getByRole("group", { name: "Favorites" }).getByRole("option"),
  ).toHaveText([/Harbor Bridge Retrofit/]);
  await expect(listbox(page).getByRole("group", { name: "Recent" }).getByRole("option")).toHaveText(
    [/Metro Line 4/],
  );
  const all = listbox(page).getByRole("group", { name: "All iTwins" }).getByRole("option");
  await expect(all.filter({ hasText: "Harbor Bridge" })).toHaveCount(0);
  await expect(listbox(page).getByRole("option").first()).toHaveAttribute("aria-selected", "true");
  await page.keyboard.press("ArrowDown");
  await expect(listbox(page).getByRole("option").nth(1)).toHaveAttribute("aria-selected", "true");
  await page.keyboard.press("ArrowUp");
  await page.keyboard.press("Enter");
  await expect(page).toHaveURL(new RegExp(`/itwins/${SEED.itwins.harborBridge}`));

  // Kept by the service, not the page: a reload shows the same order, Harbor Bridge now recent too.
  await backToStart(page);
  await page.reload();
  await expect(rowNames(section(page, "Favorites"))).toHaveText(["Harbor Bridge Retrofit"]);
  await expect(rowNames(section(page, "Recent"))).toHaveText(["Metro Line 4"]);
});

test("a refused star goes back with a message, and a failed recent leaves the list alone", async ({
  signedInPage: page,
  sim,
}) => {
  await sim.fault({
    method: "POST",
    path: "/itwins/favorites/*",
    status: 500,
    code: "InternalServerError",
    message: "Something broke.",
  });
  const star = page.getByRole("button", { name: "Favorite Metro Line 4" });
  await expect(star).toBeEnabled();
  await star.click();
  await expect(page.getByRole("alert").filter({ hasText: "The star was put back." })).toContainText(
    "Metro Line 4",
  );
  await expect(star).toHaveAttribute("aria-pressed", "false");
  await expect(section(page, "Favorites")).toHaveCount(0);

  await sim.fault({
    method: "POST",
    path: "/itwins/recents/*",
    status: 500,
    code: "InternalServerError",
    message: "Something broke.",
  });
  await page.goto(`/itwins/${SEED.itwins.sunCity}`);
  await expect(
    page.getByRole("list", { name: "iModels" }).getByRole("listitem").first(),
  ).toBeVisible();
  await expect
    .poll(async () => (await sim.requests({ method: "POST", path: /\/itwins\/recents\// })).length)
    .toBeGreaterThan(0);
  // The announcer's alert region is always there, empty: nothing may be said in it.
  await expect(page.getByRole("alert").filter({ hasText: /\S/ })).toHaveCount(0);
});

test("Show inactive reveals the inactive iTwin, on the page and in the picker", async ({
  signedInPage: page,
}) => {
  const oldMill = "Old Mill Refurbishment (closed)";
  await expect(rowNames(section(page, "All iTwins")).first()).toBeVisible();
  await expect(page.getByText(oldMill)).toHaveCount(0);

  const toggle = page.getByRole("checkbox", { name: "Show inactive" });
  await toggle.focus();
  await page.keyboard.press("Space");
  await expect(page).toHaveURL(/[?&]inactive=1/);
  const row = section(page, "All iTwins").getByRole("listitem").filter({ hasText: oldMill });
  await expect(row).toContainText("Inactive");
  await picker(page).fill("Old Mill");
  await expect(listbox(page).getByRole("option")).toHaveText([/Old Mill.*Inactive/]);
  await page.keyboard.press("Escape");

  await page.reload();
  await expect(page.getByRole("checkbox", { name: "Show inactive" })).toBeChecked();
  await expect(row).toBeVisible();
  await page.getByRole("checkbox", { name: "Show inactive" }).uncheck();
  await expect(page.getByText(oldMill)).toHaveCount(0);

  // Its own list, reached by a link, names it: in the breadcrumb, the title and the picker.
  await page.goto(`/itwins/${SEED.itwins.oldMillInactive}`);
  await expect(page.getByRole("navigation", { name: "Breadcrumbs" })).toContainText(
    `iModels of ${oldMill}`,
  );
  await expect(page).toHaveTitle(`${oldMill} · iModels · iModel Admin`);
  await expect(picker(page)).toHaveValue(oldMill);
});

test("the theme control is three named radios that the arrow keys move through", async ({
  signedInPage: page,
}) => {
  await page.emulateMedia({ colorScheme: "light" });
  const theme = page.getByRole("banner").getByRole("radiogroup", { name: "Theme" });
  await expect(theme.getByRole("radio")).toHaveCount(3);
  await theme.getByRole("radio", { name: "System" }).focus();
  await page.keyboard.press("ArrowRight");
  await expect(theme.getByRole("radio", { name: "Light" })).toBeChecked();
  await page.keyboard.press("ArrowRight");
  await expect(theme.getByRole("radio", { name: "Dark" })).toBeChecked();
  await expect(page.locator("html")).toHaveAttribute("data-iui-theme", "dark");
});

test("a fresh browser that has not accepted the provider's certificate is told what to do", async ({
  browser,
}) => {
  const context = await browser.newContext({ ignoreHTTPSErrors: false, baseURL: APP_URL });
  try {
    const page = await context.newPage();
    await page.goto("/");
    await page.getByRole("button", { name: "Sign in", exact: true }).click();
    const help = page.getByRole("alert").filter({ hasText: "could not be reached" });
    await expect(help).toContainText("accept its certificate");
    const link = help.getByRole("link");
    await expect(link).toHaveAttribute("href", new RegExp(`^${IDP_URL.replace(/\./g, "\\.")}`));
    await expect(link).toHaveAttribute("target", "_blank");
    const retry = help.getByRole("button", { name: "Try again" });
    await expect(retry).toBeVisible();
    // Still not accepted: trying again says the same, in the same place.
    await retry.click();
    await expect(help).toContainText("accept its certificate");
    await expect(page).toHaveURL(`${APP_URL}/`);
  } finally {
    await context.close();
  }
});

test("on a phone the filters wait behind one Filters button with a count", async ({
  signedInPage: page,
}) => {
  await page.setViewportSize({ width: 390, height: 844 });
  await page.goto(`/itwins/${SEED.itwins.sunCity}`);
  await expect(
    page.getByRole("list", { name: "iModels" }).getByRole("listitem").first(),
  ).toBeVisible();
  const filters = page.getByRole("button", { name: /^Filters/ });
  const search = page.getByRole("searchbox", { name: "Search iModels" });
  await expect(filters).toHaveAttribute("aria-expanded", "false");
  await expect(search).toBeHidden();
  await expect(filters.locator(".filters-count")).toHaveCount(0);

  await filters.focus();
  await page.keyboard.press("Enter");
  await expect(filters).toHaveAttribute("aria-expanded", "true");
  await search.focus();
  await page.keyboard.type("plant");
  await expect(page).toHaveURL(/[?&]q=plant/);
  await expect(filters).toContainText("1");
  await page.getByRole("combobox", { name: "Sort by" }).selectOption({ label: "Name (Z–A)" });
  await expect(filters).toContainText("2");

  await filters.focus();
  await page.keyboard.press("Space");
  await expect(filters).toHaveAttribute("aria-expanded", "false");
  await expect(search).toBeHidden();
  await expect(filters).toContainText("2");
  await filters.click();
  await expect(search).toHaveValue("plant");
});

for (const scheme of ["light", "dark"] as const) {
  for (const size of [
    { name: "1440x900", width: 1440, height: 900 },
    { name: "390x844", width: 390, height: 844 },
  ]) {
    test(`screenshots of the start page's sections and the header: ${scheme}, ${size.name}`, async ({
      signedInPage: page,
    }) => {
      const suffix = `${scheme}-${size.name}`;
      await page.setViewportSize({ width: size.width, height: size.height });
      await page.emulateMedia({ colorScheme: scheme });
      await openWithKeyboard(page, "Metro Line", SEED.itwins.metroLine4);
      await backToStart(page);
      const star = page.getByRole("button", { name: "Favorite Harbor Bridge Retrofit" }).last();
      await star.click();
      await expect(star).toHaveAttribute("aria-pressed", "true");
      await expect(rowNames(section(page, "Recent"))).toHaveText(["Metro Line 4"]);
      await page.getByRole("checkbox", { name: "Show inactive" }).check();
      await expect(
        rowNames(section(page, "All iTwins")).filter({ hasText: "Old Mill" }),
      ).toBeVisible();
      await page.screenshot({ path: `${DIR}/start-sections-${suffix}.png` });
      await page.screenshot({ path: `${DIR}/start-sections-full-${suffix}.png`, fullPage: true });

      await picker(page).focus();
      await page.keyboard.press("ArrowDown");
      await expect(listbox(page).getByRole("group")).toHaveCount(3);
      await page.screenshot({ path: `${DIR}/start-picker-${suffix}.png` });
      await page.keyboard.press("Escape");

      const header = page.getByRole("banner");
      const box = await header.boundingBox();
      expect(box!.height).toBeLessThanOrEqual(64);
      await header.screenshot({ path: `${DIR}/header-${suffix}.png` });
    });
  }
}
