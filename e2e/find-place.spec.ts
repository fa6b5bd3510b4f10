import { mkdir } from "node:fs/promises";
import type { Locator, Page } from "@playwright/test";
import { SEED } from "../simulator/seed-ids";
import { announced, clickSave, nameBox, openIModel } from "./edit-page";
import { expect, test } from "./fixtures";
import { API_URL } from "./ports";

const NO_EXTENT = SEED.imodels.noExtent;
/** Sun City's iTwin location in the seed (simulator/seed-itwin-locations.ts). */
const SUN_CITY_AT = { lat: 46.22, lon: 7.75 };
const DIR = "test-results/screenshots";

const findPlace = (page: Page) => page.getByRole("combobox", { name: "Find a place" });
const mapContainer = (page: Page) =>
  page.getByRole("region", { name: "Extent map" }).getByRole("application", { name: "Map" });

/** Tab (forward) until the locator has focus: the way a keyboard user gets there. */
async function tabTo(page: Page, target: Locator, max = 40): Promise<void> {
  for (let i = 0; i < max; i += 1) {
    if (await target.evaluate((el) => el === document.activeElement)) return;
    await page.keyboard.press("Tab");
  }
  throw new Error(`Tab did not reach ${target.toString()} in ${max} presses`);
}

/** Kilometres between two points (equirectangular: plenty for a few km). */
function km(a: { lat: number; lon: number }, b: { lat: number; lon: number }): number {
  const x = ((b.lon - a.lon) * Math.PI * Math.cos(((a.lat + b.lat) * Math.PI) / 360)) / 180;
  const y = ((b.lat - a.lat) * Math.PI) / 180;
  return Math.hypot(x, y) * 6371;
}

async function mapCentre(page: Page) {
  const text = (await mapContainer(page).getAttribute("data-center")) ?? "";
  const [lat, lon] = text.split(",").map(Number);
  return { lat: lat ?? NaN, lon: lon ?? NaN };
}

test("a place found by name becomes the extent and is saved, with the keyboard alone", async ({
  signedInPage: page,
  sim,
  request,
}) => {
  await openIModel(page, NO_EXTENT);
  await nameBox(page).focus();
  await tabTo(page, findPlace(page));
  await page.keyboard.type("zermat");
  const option = page.getByRole("option", { name: "Zermatt, VS, Switzerland" });
  await expect(option).toBeVisible();
  await expect(page.getByText(/places? found: Down arrow to choose/)).toBeVisible();
  await page.keyboard.press("ArrowDown");
  await expect(option).toHaveAttribute("aria-selected", "true");
  await expect(findPlace(page)).toHaveAttribute("aria-activedescendant", /.+/);
  await page.keyboard.press("Enter");
  await expect(findPlace(page)).toHaveValue("Zermatt, VS, Switzerland");
  await expect(page.getByRole("listbox", { name: "Places" })).toBeHidden();
  // The map went there.
  await expect
    .poll(async () => km(await mapCentre(page), { lat: 46.02, lon: 7.749 }))
    .toBeLessThan(3);

  await page.keyboard.press("Tab");
  const use = page.getByRole("button", { name: "Use as extent" });
  await expect(use).toBeFocused();
  await page.keyboard.press("Enter");

  const answer = await request.get(`${API_URL}/geocoder/search?q=Zermatt&format=jsonv2&limit=1`);
  const [hit] = (await answer.json()) as { boundingbox: string[] }[];
  const [south, north, west, east] = hit!.boundingbox.map(Number) as number[];
  await expect(page.getByRole("textbox", { name: "West longitude", exact: true })).toHaveValue(
    String(west),
  );

  await tabTo(page, page.getByRole("button", { name: "Save", exact: true }));
  await page.keyboard.press("Enter");
  await announced(page, "Saved.");
  const saved = await sim.asUser("editor", "GET", `/imodels/${NO_EXTENT}`);
  const { extent } = ((await saved.json()) as { iModel: { extent: unknown } }).iModel;
  expect(extent).toEqual({
    southWest: { latitude: south, longitude: west },
    northEast: { latitude: north, longitude: east },
  });
});

test("the geocoder's failures and rate limits are shown on the field", async ({
  signedInPage: page,
  sim,
}) => {
  await openIModel(page, NO_EXTENT);
  await sim.fault({ method: "GET", path: "/geocoder/search", status: 503 });
  await findPlace(page).fill("Bern");
  const status = page.getByText("The place search had a problem (HTTP 503). Try again.");
  await expect(status).toBeVisible();
  await expect(findPlace(page)).toHaveAttribute("aria-invalid", "true");
  await expect(findPlace(page)).toHaveAccessibleDescription(/HTTP 503/);

  await sim.fault({ method: "GET", path: "/geocoder/search", status: 429, retryAfter: 5 });
  await findPlace(page).fill("Basel");
  await expect(page.getByText("The place search is busy: try again in 5 s.")).toBeVisible();

  // No fault left: the next search works, and the message goes.
  await findPlace(page).fill("Lausanne");
  await expect(page.getByRole("option", { name: /^Lausanne, VD/ })).toBeVisible();
  await expect(findPlace(page)).not.toHaveAttribute("aria-invalid", "true");
});

test("an iModel without an extent opens its map on its iTwin's location", async ({
  signedInPage: page,
}) => {
  await openIModel(page, NO_EXTENT);
  // The map is made once in sight.
  await page.getByRole("region", { name: "Extent map" }).scrollIntoViewIfNeeded();
  await expect(mapContainer(page)).toHaveAttribute("data-center", /,/);
  await expect.poll(async () => km(await mapCentre(page), SUN_CITY_AT)).toBeLessThan(3);
});

/** Piraeus in GeoNames: where the stand-in's geocoder puts Aegean Port's place name. */
const PIRAEUS = { lat: 37.947, lon: 23.637 };

test("an iTwin known by its place name only: the map opens where the geocoder finds it", async ({
  signedInPage: page,
  sim,
}) => {
  // Aegean Port has a place name ("Piraeus, Greece") and no coordinates in the seed.
  await openIModel(page, SEED.imodels.greek);
  await page.getByRole("button", { name: "Clear extent" }).click();
  await clickSave(page);
  await announced(page, "Saved.");
  await page.reload();
  await page.getByRole("region", { name: "Extent map" }).scrollIntoViewIfNeeded();
  await expect(mapContainer(page)).toHaveAttribute("data-center", /,/);
  await expect.poll(async () => km(await mapCentre(page), PIRAEUS)).toBeLessThan(3);
  const asked = await sim.requests({ method: "GET" });
  expect(asked.some((r) => r.path.includes("/geocoder/search"))).toBe(true);
});

const SIZES = [
  { name: "1440x900", width: 1440, height: 900 },
  { name: "390x844", width: 390, height: 844 },
] as const;

for (const scheme of ["light", "dark"] as const) {
  for (const size of SIZES) {
    test(`offline, the graticule and places label a site's map (${scheme}, ${size.name})`, async ({
      signedInPage: page,
    }) => {
      await page.setViewportSize({ width: size.width, height: size.height });
      await page.emulateMedia({ colorScheme: scheme });
      await openIModel(page, SEED.imodels.sunCityPlant);
      const region = page.getByRole("region", { name: "Extent map" });
      await region.scrollIntoViewIfNeeded();
      await expect(region.getByText("showing a simplified world map")).toBeVisible();
      // A site: degree labels with decimals (0.1° or finer), densified from the world's 30°.
      const latLabel = region
        .locator(".graticule-label--lat")
        .filter({ hasText: /^46\.\d{1,2}° N$/ });
      await expect(latLabel.first()).toBeVisible();
      await expect(
        region
          .locator(".graticule-label--lon")
          .filter({ hasText: /^7\.\d{1,2}° E$/ })
          .first(),
      ).toBeVisible();
      await expect(region.locator(".graticule-place").first()).toBeVisible();
      await expect(region.locator(".leaflet-control-attribution")).toContainText(
        "Offline map: Natural Earth, places GeoNames",
      );
      await expect(region.locator(".leaflet-control-attribution")).not.toContainText(
        "OpenStreetMap",
      );
      await mkdir(DIR, { recursive: true });
      await region.screenshot({ path: `${DIR}/extent-offline-${scheme}-${size.name}.png` });
      await page.screenshot({ path: `${DIR}/extent-offline-page-${scheme}-${size.name}.png` });
    });
  }
}

test("the map stays where it is when Find a place arrives after it", async ({
  signedInPage: page,
}) => {
  // The field's code comes in a chunk of its own; held back here until the map is shown,
  // as on a slow connection, so that a pointer aimed at the map cannot miss when it comes.
  let release = () => {};
  const held = new Promise<void>((resolve) => (release = resolve));
  await page.route(/\/assets\/find-place-[^/]+\.js$/, async (route) => {
    await held;
    await route.continue();
  });
  await page.goto(`/imodels/${NO_EXTENT}`);
  const map = mapContainer(page);
  await expect(map).toBeVisible();
  const before = await map.boundingBox();
  release();
  await expect(findPlace(page)).toBeEditable();
  expect(await map.boundingBox()).toEqual(before);
});
