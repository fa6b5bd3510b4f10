import type { Locator, Page } from "@playwright/test";
import { encodePng, type Rgb } from "../simulator/png";
import { SEED } from "../simulator/seed-ids";
import { iTwinLink } from "./edit-page";
import { expect, test } from "./fixtures";

const DIR = "test-results/screenshots";
const PLANT = SEED.imodels.sunCityPlant;
const loaded = (scope: Page | Locator) => scope.locator('img[data-thumbnail-state="loaded"]');
const thumbnailGets = (path: string) => path.endsWith("/thumbnail");

/** A few pixels of each loaded image, drawn on a canvas: equal pictures give equal strings. */
function signatures(images: Locator): Promise<string[]> {
  return images.evaluateAll((elements) =>
    (elements as HTMLImageElement[]).map((img) => {
      const canvas = document.createElement("canvas");
      canvas.width = 16;
      canvas.height = 12;
      const context = canvas.getContext("2d")!;
      context.drawImage(img, 0, 0, 16, 12);
      return Array.from(context.getImageData(0, 0, 16, 12).data).join(",");
    }),
  );
}

/** The colour at the middle of an image as drawn, [r, g, b]. */
function middleColour(image: Locator): Promise<number[]> {
  return image.evaluate((img: HTMLImageElement) => {
    const canvas = document.createElement("canvas");
    canvas.width = img.naturalWidth;
    canvas.height = img.naturalHeight;
    const context = canvas.getContext("2d")!;
    context.drawImage(img, 0, 0);
    const { data } = context.getImageData(img.naturalWidth / 2, img.naturalHeight / 2, 1, 1);
    return [data[0]!, data[1]!, data[2]!];
  });
}

const solidPng = (colour: Rgb) => Buffer.from(encodePng(64, 48, () => colour));

test("tiles show distinct thumbnails for distinct iModels", async ({ signedInPage: page }) => {
  await page.goto(`/itwins/${SEED.itwins.sunCity}?view=tiles`);
  const images = loaded(page.getByRole("list", { name: "iModels" }));
  await expect.poll(() => images.count()).toBeGreaterThanOrEqual(8);
  const seen = await signatures(images);
  expect(new Set(seen).size).toBe(seen.length);
});

test("scrolling Large Campus in tiles fetches thumbnails only for tiles on screen", async ({
  signedInPage: page,
  sim,
}) => {
  await page.goto(`/itwins/${SEED.itwins.largeCampus}?view=tiles`);
  const list = page.getByRole("list", { name: "iModels" });
  await expect(loaded(list).first()).toBeVisible();
  const onScreen = new Set<string>();
  const note = async () => {
    const ids = await list.locator("[data-imodel-id]").evaluateAll((items) =>
      items
        .filter((item) => {
          const rect = item.getBoundingClientRect();
          return rect.bottom > 0 && rect.top < innerHeight;
        })
        .map((item) => item.getAttribute("data-imodel-id") ?? ""),
    );
    for (const id of ids) onScreen.add(id);
  };
  await note();
  for (let step = 1; step <= 12; step += 1) {
    const before = await list.locator("[data-index]").last().getAttribute("data-index");
    await page.evaluate(() => window.scrollBy(0, innerHeight * 1.5));
    await expect(list.locator("[data-index]").last()).not.toHaveAttribute(
      "data-index",
      before ?? "",
    );
    await note();
  }
  await expect(loaded(list).first()).toBeVisible();
  const requested = (await sim.requests({ method: "GET" }))
    .filter((entry) => thumbnailGets(entry.path))
    .map((entry) => entry.path.split("/")[2]!);
  expect(requested.length).toBeGreaterThan(0);
  expect(requested.length).toBeLessThanOrEqual(onScreen.size);
  expect(requested.filter((id) => !onScreen.has(decodeURIComponent(id)))).toEqual([]);
});

test("tiles that only fly past while scrolling cost no thumbnail request", async ({
  signedInPage: page,
  sim,
}) => {
  await page.goto(`/itwins/${SEED.itwins.largeCampus}?view=tiles`);
  const list = page.getByRole("list", { name: "iModels" });
  await expect(loaded(list).first()).toBeVisible();
  // A screen and a half every two frames, a fast flick; each look says which tiles are
  // on screen and when, so the longest each one could have been seen is known.
  const looks = await list.evaluate(async (element) => {
    const frame = () => new Promise((resolve) => requestAnimationFrame(resolve));
    const look = () => ({
      at: performance.now(),
      ids: [...element.querySelectorAll("[data-imodel-id]")]
        .filter((item) => {
          const rect = item.getBoundingClientRect();
          return rect.bottom > 0 && rect.top < innerHeight;
        })
        .map((item) => item.getAttribute("data-imodel-id") ?? ""),
    });
    const seen = [look()];
    for (let step = 0; step < 16; step += 1) {
      window.scrollBy(0, innerHeight * 1.5);
      await frame();
      await frame();
      seen.push(look());
    }
    return seen;
  });
  await expect(loaded(list).first()).toBeVisible();
  // A tile lingered if, from the look before it showed to the look after it went, 190 ms passed
  // (the first and last screens always do); only those may have asked for a thumbnail.
  const lingered = new Set<string>();
  looks.forEach(({ ids }, index) => {
    for (const id of ids) {
      if (index > 0 && looks[index - 1]!.ids.includes(id)) continue;
      let last = index;
      while (looks[last + 1]?.ids.includes(id)) last += 1;
      const from = index === 0 ? -Infinity : looks[index - 1]!.at;
      const to = last + 1 < looks.length ? looks[last + 1]!.at : Infinity;
      if (to - from >= 190) lingered.add(id);
    }
  });
  const flownPast = new Set(looks.flatMap((l) => l.ids).filter((id) => !lingered.has(id)));
  test.skip(
    flownPast.size === 0,
    "frames came too slowly (over ~45 ms) for any tile to fly past: nothing to tell apart",
  );
  const requested = (await sim.requests({ method: "GET" }))
    .filter((entry) => thumbnailGets(entry.path))
    .map((entry) => decodeURIComponent(entry.path.split("/")[2]!));
  expect(requested.length).toBeGreaterThan(0);
  expect(requested.filter((id) => flownPast.has(id))).toEqual([]);
});

for (const status of [500, 429] as const) {
  test(`a thumbnail answering ${status} shows the placeholder and the row still works`, async ({
    signedInPage: page,
    sim,
  }) => {
    await sim.fault({
      method: "GET",
      path: `/imodels/${PLANT}/thumbnail`,
      status,
      code: status === 429 ? "TooManyRequests" : "InternalServerError",
      retryAfter: status === 429 ? 1 : undefined,
      times: 20,
    });
    await page.goto(`/itwins/${SEED.itwins.sunCity}?q=plant`);
    const row = page.getByRole("listitem").filter({ hasText: "Sun City Renewable-energy Plant" });
    await expect(row.locator('[data-thumbnail-state="failed"]')).toBeVisible({ timeout: 20_000 });
    await expect(row.locator("img")).toHaveCount(0);
    const star = row.getByRole("button", { name: /^Favorite / });
    await star.click();
    await expect(star).toHaveAttribute("aria-pressed", "true");
    await row.getByRole("link", { name: "Sun City Renewable-energy Plant" }).click();
    await expect(page).toHaveURL(new RegExp(`/imodels/${PLANT}`));
  });
}

test("a replaced thumbnail shows on the detail page and in the tile, with no refetch", async ({
  signedInPage: page,
  sim,
}) => {
  await page.goto(`/imodels/${PLANT}`);
  // The panel sits beside the properties, which the page draws anew once the form is ready.
  await expect(page.getByRole("textbox", { name: "Name" })).toBeEditable();
  const panel = page.getByRole("region", { name: "Thumbnail" });
  await expect(loaded(panel)).toBeVisible();
  await panel.locator('input[type="file"]').setInputFiles({
    name: "red.png",
    mimeType: "image/png",
    buffer: solidPng([220, 20, 60]),
  });
  await expect(panel.getByText("Preview of red.png")).toBeVisible();
  await panel.getByRole("button", { name: "Upload" }).click();
  await expect(panel.getByText("Thumbnail replaced.")).toBeVisible();
  const large = loaded(panel);
  await expect.poll(() => middleColour(large)).toEqual([220, 20, 60]);
  const putAt = (await sim.requests()).length;
  expect((await sim.requests({ method: "PUT" })).filter((r) => thumbnailGets(r.path))).toHaveLength(
    1,
  );

  await iTwinLink(page).click();
  await page.getByRole("radio", { name: "Tiles" }).check();
  await page.getByRole("searchbox", { name: "Search iModels" }).fill("plant");
  const tile = page.getByRole("listitem").filter({ hasText: "Sun City Renewable-energy Plant" });
  await expect.poll(() => middleColour(loaded(tile))).toEqual([220, 20, 60]);
  const after = (await sim.requests()).slice(putAt);
  expect(after.filter((r) => r.path === `/imodels/${PLANT}/thumbnail`)).toEqual([]);
});

/** A PNG of noise, which does not compress: about 3 bytes a pixel go over the wire. */
function noisyPng(width: number, height: number): Buffer {
  let seed = 1;
  // xorshift32: 32-bit integers throughout, so no precision is lost.
  const next = () => {
    seed ^= seed << 13;
    seed ^= seed >>> 17;
    seed ^= seed << 5;
    return seed & 255;
  };
  return Buffer.from(encodePng(width, height, () => [next(), next(), next()]));
}

/** Chromium's own network throttling: the upload's bytes leave at this pace. */
async function throttleUploads(page: Page, bytesPerSecond: number): Promise<void> {
  const cdp = await page.context().newCDPSession(page);
  await cdp.send("Network.enable");
  await cdp.send("Network.emulateNetworkConditions", {
    offline: false,
    latency: 0,
    downloadThroughput: -1,
    uploadThroughput: bytesPerSecond,
  });
}

async function choosePicture(page: Page, buffer: Buffer): Promise<Locator> {
  await page.goto(`/imodels/${PLANT}`);
  await expect(page.getByRole("textbox", { name: "Name" })).toBeEditable();
  const panel = page.getByRole("region", { name: "Thumbnail" });
  await panel.locator('input[type="file"]').setInputFiles({
    name: "site.png",
    mimeType: "image/png",
    buffer,
  });
  await expect(panel.getByText("Preview of site.png")).toBeVisible();
  return panel;
}

test("a slow upload shows its percentage beside the picture and reaches done", async ({
  signedInPage: page,
}) => {
  const picture = noisyPng(500, 400); // 600 kB: about 4 s at 150 kB/s
  const panel = await choosePicture(page, picture);
  await throttleUploads(page, 150_000);
  await panel.getByRole("button", { name: "Upload" }).click();
  const bar = panel.getByRole("progressbar");
  // Part of the way: more than nothing, less than all.
  await expect(panel.getByText(/Uploading site\.png .*… ([1-9]|[1-9]\d) %/)).toBeVisible();
  const percent = Number(await bar.evaluate((element: HTMLProgressElement) => element.value));
  expect(percent).toBeGreaterThan(0);
  expect(percent).toBeLessThan(100);
  await expect(panel.getByText("Thumbnail replaced.")).toBeVisible();
  await expect(bar).toHaveCount(0);
  await expect.poll(() => signatures(loaded(panel))).toHaveLength(1);
});

test("Cancel stops a slow upload and keeps the picture to upload again", async ({
  signedInPage: page,
  sim,
}) => {
  const panel = await choosePicture(page, noisyPng(500, 400));
  await throttleUploads(page, 20_000); // 30 s: time for the screenshots
  await panel.getByRole("button", { name: "Upload" }).click();
  await expect(panel.getByText(/Uploading site\.png .*… [1-9]\d? %/)).toBeVisible();
  for (const scheme of ["light", "dark"] as const) {
    for (const [name, width, height] of [
      ["1440x900", 1440, 900],
      ["390x844", 390, 844],
    ] as const) {
      await page.setViewportSize({ width, height });
      await page.emulateMedia({ colorScheme: scheme });
      await panel.scrollIntoViewIfNeeded();
      await page.screenshot({ path: `${DIR}/thumbnail-upload-${scheme}-${name}.png` });
    }
  }
  await panel.getByRole("button", { name: "Cancel upload" }).click();
  await expect(panel.getByText("Upload cancelled. Preview of site.png")).toBeVisible();
  await expect(panel.getByRole("progressbar")).toHaveCount(0);
  await expect(panel.getByRole("button", { name: "Upload" })).toBeEnabled();
  const stored = (await sim.requests({ method: "PUT" })).filter((r) => thumbnailGets(r.path));
  expect(stored.every((r) => r.status !== 204)).toBe(true);
});

test("an oversize file and a GIF are refused before any request", async ({
  signedInPage: page,
  sim,
}) => {
  await page.goto(`/imodels/${PLANT}`);
  // The panel sits beside the properties, which the page draws anew once the form is ready.
  await expect(page.getByRole("textbox", { name: "Name" })).toBeEditable();
  const panel = page.getByRole("region", { name: "Thumbnail" });
  const input = panel.locator('input[type="file"]');
  await expect(panel.getByRole("button", { name: "Replace…" })).toBeEnabled();
  await input.setInputFiles({
    name: "cat.gif",
    mimeType: "image/gif",
    buffer: Buffer.from("GIF89a"),
  });
  await expect(panel.getByRole("alert")).toHaveText(/“cat.gif” is a GIF file.*PNG or JPEG/);
  await input.setInputFiles({
    name: "huge.png",
    mimeType: "image/png",
    buffer: Buffer.alloc(6 * 1024 * 1024),
  });
  await expect(panel.getByRole("alert")).toHaveText(/“huge.png” is 6.0 MB.*at most 5 MB/);
  expect(await sim.requests({ method: "PUT" })).toEqual([]);
});

test("a refused upload is said beside the picture", async ({ signedInPage: page, sim }) => {
  await sim.fault({
    method: "PUT",
    path: `/imodels/${PLANT}/thumbnail`,
    status: 415,
    code: "UnsupportedMediaType",
  });
  await page.goto(`/imodels/${PLANT}`);
  // The panel sits beside the properties, which the page draws anew once the form is ready.
  await expect(page.getByRole("textbox", { name: "Name" })).toBeEditable();
  const panel = page.getByRole("region", { name: "Thumbnail" });
  await panel.locator('input[type="file"]').setInputFiles({
    name: "blue.png",
    mimeType: "image/png",
    buffer: solidPng([20, 60, 220]),
  });
  await panel.getByRole("button", { name: "Upload" }).click();
  await expect(panel.getByRole("alert")).toHaveText(/does not take this type of picture/);
  for (const scheme of ["light", "dark"] as const) {
    for (const [name, width, height] of [
      ["1440x900", 1440, 900],
      ["390x844", 390, 844],
    ] as const) {
      await page.setViewportSize({ width, height });
      await page.emulateMedia({ colorScheme: scheme });
      await panel.scrollIntoViewIfNeeded();
      await page.screenshot({ path: `${DIR}/thumbnail-panel-${scheme}-${name}.png` });
    }
  }
});

test.describe("as a viewer", () => {
  test.use({ user: "viewer" });
  test("the panel says why the thumbnail cannot be replaced", async ({ signedInPage: page }) => {
    await page.goto(`/imodels/${PLANT}`);
    const panel = page.getByRole("region", { name: "Thumbnail" });
    await expect(panel.getByText(/replacing it needs the imodels_manage permission/)).toBeVisible();
    await expect(panel.getByRole("button", { name: "Replace…" })).toHaveCount(0);
  });
});
