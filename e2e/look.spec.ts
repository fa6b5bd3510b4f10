import type { Page } from "@playwright/test";
import { SEED } from "../simulator/seed-ids";
import { expect, expectNoAxeViolations, test } from "./fixtures";

// The look and layout (issue 14): theme, picker, header, the list's Back, axe in every theme.

const html = (page: Page) => page.locator("html");
const picker = (page: Page) => page.getByRole("combobox", { name: "iTwin", exact: true });
const list = (page: Page) => page.getByRole("list", { name: "iModels" });

test("the theme switch changes the theme and is remembered after a reload", async ({
  signedInPage: page,
}) => {
  await page.emulateMedia({ colorScheme: "light" });
  const theme = page.getByRole("banner").getByRole("radiogroup", { name: "Theme" });
  await expect(theme.getByRole("radio", { name: "System" })).toBeChecked();
  await expect(html(page)).toHaveAttribute("data-iui-theme", "light");

  await theme.getByRole("radio", { name: "Dark" }).check();
  await expect(html(page)).toHaveAttribute("data-iui-theme", "dark");
  const background = await page.evaluate(() => getComputedStyle(document.body).backgroundColor);
  await page.reload();
  await expect(theme.getByRole("radio", { name: "Dark" })).toBeChecked();
  await expect(html(page)).toHaveAttribute("data-iui-theme", "dark");

  // "System" follows the operating system, live.
  await theme.getByRole("radio", { name: "System" }).check();
  await expect(html(page)).toHaveAttribute("data-iui-theme", "light");
  await page.emulateMedia({ colorScheme: "dark" });
  await expect(html(page)).toHaveAttribute("data-iui-theme", "dark");
  expect(background).not.toBe("");
});

test("the picker filters by name and number and works with the keyboard alone", async ({
  signedInPage: page,
}) => {
  await expect(picker(page)).toBeEnabled();
  await picker(page).focus();
  await page.keyboard.type("campus");
  const options = page.getByRole("listbox", { name: "iTwin" }).getByRole("option");
  await expect(options).not.toHaveCount(0);
  for (const text of await options.allTextContents())
    expect(text.toLowerCase()).toContain("campus");

  // Escape closes the list, a second Escape clears the text.
  await page.keyboard.press("Escape");
  await expect(picker(page)).toHaveAttribute("aria-expanded", "false");
  await page.keyboard.press("Escape");
  await expect(picker(page)).toHaveValue("");

  // By number: the Sun City iTwin's.
  await page.keyboard.type("SC-2020");
  await expect(options).toHaveCount(1);
  await page.keyboard.press("ArrowDown");
  await expect(options.first()).toHaveAttribute("aria-selected", "true");
  await expect(picker(page)).toHaveAttribute("aria-activedescendant", /.+/);
  await page.keyboard.press("Enter");
  await expect(page).toHaveURL(new RegExp(`/itwins/${SEED.itwins.sunCity}`));
  await expect(picker(page)).toHaveValue("Sun City Renewable-energy");
  await expect(page).toHaveTitle("Sun City Renewable-energy · iModels · iModel Admin");
});

test("a signed-in load never shows the sign-in page, not even for a frame", async ({
  signedInPage: page,
}) => {
  // Counts every time the sign-in page enters the document, however briefly.
  await page.addInitScript(() => {
    const seen = { signInPage: 0 };
    Object.assign(window, { seen });
    new MutationObserver((records) => {
      for (const record of records)
        for (const node of record.addedNodes)
          if (node instanceof Element && node.matches(".sign-in-page, :has(.sign-in-page)"))
            seen.signInPage += 1;
    }).observe(document, { childList: true, subtree: true });
  });
  await page.goto(`/itwins/${SEED.itwins.sunCity}`);
  await expect(list(page).getByRole("listitem").first()).toBeVisible();
  await expect(page.getByRole("banner").getByRole("button", { name: "Erin Editor" })).toBeVisible();
  const shown = await page.evaluate(
    () => (window as unknown as { seen: { signInPage: number } }).seen.signInPage,
  );
  expect(shown).toBe(0);
});

test("the header stays one line at 390 px", async ({ signedInPage: page }) => {
  await page.setViewportSize({ width: 390, height: 844 });
  await page.goto(`/itwins/${SEED.itwins.sunCity}`);
  await expect(list(page).getByRole("listitem").first()).toBeVisible();
  const header = page.getByRole("banner");
  const box = await header.boundingBox();
  expect(box!.height).toBeLessThanOrEqual(64);
  const items = [
    header.getByRole("link", { name: "iModel Admin" }),
    header.getByRole("link", { name: "iTwins" }),
    header.getByRole("radiogroup", { name: "Theme" }),
    header.getByRole("button", { name: "Erin Editor" }),
  ];
  for (const item of items) {
    const itemBox = await item.boundingBox();
    expect(itemBox, "every header item is shown").not.toBeNull();
    // Each item sits within the header's one line.
    expect(itemBox!.y).toBeGreaterThanOrEqual(box!.y);
    expect(itemBox!.y + itemBox!.height).toBeLessThanOrEqual(box!.y + box!.height);
  }
  // Touch targets: at least 24 × 24 CSS px (WCAG 2.2, 2.5.8).
  for (const target of [...items.slice(1), list(page).getByRole("button").first()]) {
    const size = await target.boundingBox();
    expect(size!.width).toBeGreaterThanOrEqual(24);
    expect(size!.height).toBeGreaterThanOrEqual(24);
  }
});

test("Back from the 300th iModel of Large Campus Portfolio lands on its row, focused", async ({
  signedInPage: page,
}) => {
  await page.goto(`/itwins/${SEED.itwins.largeCampus}`);
  await expect(list(page).getByRole("listitem").first()).toBeVisible();
  const row = list(page).locator('[aria-posinset="300"]');
  // The page scrolls (not a box inside it); more rows load as it nears the end.
  await expect(async () => {
    await page.evaluate(() => window.scrollTo(0, document.documentElement.scrollHeight));
    await expect(row).toBeAttached({ timeout: 1_000 });
  }).toPass();
  await row.scrollIntoViewIfNeeded();
  const link = row.getByRole("link");
  const name = (await link.textContent())!;
  await link.click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(name);

  await page.goBack();
  const back = list(page).getByRole("link", { name, exact: true });
  await expect(back).toBeFocused();
  await expect(back).toBeInViewport();
  await expect(list(page).locator('[aria-posinset="300"]')).toContainText(name);
});

for (const mode of ["dark", "forced-colors"] as const) {
  test(`axe finds nothing in ${mode}: start page, list, detail page`, async ({
    signedInPage: page,
  }) => {
    await page.emulateMedia(
      mode === "dark" ? { colorScheme: "dark" } : { forcedColors: "active", colorScheme: "light" },
    );
    await expect(html(page)).toHaveAttribute("data-iui-theme", mode === "dark" ? "dark" : "light");
    await expect(picker(page)).toBeEnabled();
    await expectNoAxeViolations(page);

    await page.goto(`/itwins/${SEED.itwins.sunCity}`);
    await expect(list(page).getByRole("button").first()).toBeEnabled();
    await expectNoAxeViolations(page);

    await page.goto(`/imodels/${SEED.imodels.sunCityPlant}`);
    const region = page.getByRole("region", { name: "Extent map" });
    await region.scrollIntoViewIfNeeded();
    await expect(region.getByRole("application", { name: "Map" })).toBeVisible();
    await expectNoAxeViolations(page);
  });
}
