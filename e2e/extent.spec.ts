import { mkdir, writeFile } from "node:fs/promises";
import type { Locator, Page } from "@playwright/test";
import { SEED } from "../simulator/seed-ids";
import { expect, expectNoAxeViolations, test as base } from "./fixtures";
import { SimControl } from "./sim-control";
import { clickSave } from "./edit-page";

/**
 * The stand-in's control API on a new connection for each call. A test here often spends
 * more than the server's 5 s keep-alive between two calls, and reusing the fixture's idle
 * connection then fails now and then with ECONNRESET.
 */
type Stand = Pick<SimControl, "requests" | "fault">;
const test = base.extend<{ stand: Stand }>({
  stand: async ({ playwright, sim: _reset }, use) => {
    const once = async <T>(call: (sim: SimControl) => Promise<T>): Promise<T> => {
      const request = await playwright.request.newContext();
      try {
        return await call(new SimControl(request));
      } finally {
        await request.dispose();
      }
    };
    await use({
      requests: (filter) => once((sim) => sim.requests(filter)),
      fault: (fault) => once((sim) => sim.fault(fault)),
    });
  },
});

const PLANT = SEED.imodels.sunCityPlant;
/** The plant's stored extent, exactly as the stand-in serves it. */
const PLANT_EXTENT = {
  west: 7.672120009938448,
  south: 46.13267702834806,
  east: 7.835541640797823,
  north: 46.302763954781234,
};

type Extent = { west: number; south: number; east: number; north: number };
type Side = keyof Extent;
const LABELS: Record<Side, string> = {
  west: "West longitude",
  south: "South latitude",
  east: "East longitude",
  north: "North latitude",
};
const SIDES = Object.keys(LABELS) as Side[];

const mapRegion = (page: Page) => page.getByRole("region", { name: "Extent map" });
const extentGroup = (page: Page) => page.getByRole("group", { name: "Extent", exact: true });
const input = (page: Page, side: Side) =>
  page.getByRole("textbox", { name: LABELS[side], exact: true });
/** A coordinate as the inputs show it: at most 7 decimals, the stored value kept behind it. */
const shown = (value: number) => value.toFixed(7).replace(/\.?0+$/, "");
/** The number an input shows for a coordinate. */
const shownNumber = (value: number) => Number(shown(value));
const button = (page: Page, name: string) => page.getByRole("button", { name, exact: true });
/** The drawn extent: Leaflet's SVG path, which has no role. */
const rectangle = (page: Page) => mapRegion(page).locator("path.extent-rect");
/** The bundled offline world map (Natural Earth land), drawn when the tiles fail. */
const land = (page: Page) => mapRegion(page).locator(".leaflet-extent-fallback-pane path");
const announced = (page: Page, text: string | RegExp) =>
  expect(page.getByRole("status").filter({ hasText: text })).toHaveCount(1);

async function openEditor(page: Page, id: string): Promise<void> {
  await page.goto(`/imodels/${id}`);
  await expect(page.getByRole("textbox", { name: "Name", exact: true })).toBeEditable();
  await mapRegion(page).scrollIntoViewIfNeeded();
  await expect(land(page)).toBeVisible();
}

async function readInputs(page: Page): Promise<Record<Side, string>> {
  const texts = await Promise.all(SIDES.map((side) => input(page, side).inputValue()));
  return Object.fromEntries(SIDES.map((side, i) => [side, texts[i]!])) as Record<Side, string>;
}

async function readExtent(page: Page): Promise<Extent> {
  const texts = await readInputs(page);
  return Object.fromEntries(SIDES.map((side) => [side, Number(texts[side])])) as Extent;
}

async function expectInputs(page: Page, extent: Extent | null): Promise<void> {
  for (const side of SIDES)
    await expect(input(page, side)).toHaveValue(extent ? shown(extent[side]) : "");
}

const apiExtent = (e: Extent) => ({
  southWest: { latitude: e.south, longitude: e.west },
  northEast: { latitude: e.north, longitude: e.east },
});

async function saveAndGetPatch(page: Page, sim: Stand): Promise<unknown> {
  await button(page, "Save").click();
  await announced(page, "Saved.");
  const patches = await sim.requests({ method: "PATCH" });
  expect(patches).toHaveLength(1);
  expect(patches[0]!.status).toBe(200);
  return patches[0]!.body;
}

function decimals(text: string): number {
  return text.split(".")[1]?.length ?? 0;
}

// ---- Where a viewport pixel is on the earth.
//
// The expected coordinates are computed independently of the app's code: Leaflet places
// each 256 px tile of zoom z, column x, row y (in its URL .../z/x/y.png; the tiles fail to
// load but stay in place) at global Web Mercator pixel (x·256, y·256). The bounding box of
// one tile therefore ties viewport pixels to global pixels exactly, and the Web Mercator
// formulas turn global pixels into latitude and longitude. This is the map as the user sees
// it: if the rectangle were drawn or read in the wrong place, these numbers would disagree.

type MapFrame = {
  zoom: number;
  /** Global Mercator pixel at viewport (0, 0). */
  originX: number;
  originY: number;
};

async function mapFrame(page: Page): Promise<MapFrame> {
  const container = await mapRegion(page).locator(".leaflet-container").boundingBox();
  expect(container).not.toBeNull();
  const centerX = container!.x + container!.width / 2;
  const centerY = container!.y + container!.height / 2;
  // The tile under the map's centre: its column is not a wrapped copy of another world.
  const tiles = mapRegion(page).locator("img.leaflet-tile");
  for (const tile of await tiles.all()) {
    const box = await tile.boundingBox();
    if (
      !box ||
      centerX < box.x ||
      centerX >= box.x + box.width ||
      centerY < box.y ||
      centerY >= box.y + box.height
    ) {
      continue;
    }
    expect(box.width, "no zoom animation in progress").toBe(256);
    const match = /\/(\d+)\/(\d+)\/(\d+)\.png$/.exec((await tile.getAttribute("src")) ?? "");
    expect(match).not.toBeNull();
    const [zoom, column, row] = match!.slice(1).map(Number) as [number, number, number];
    return { zoom, originX: column * 256 - box.x, originY: row * 256 - box.y };
  }
  throw new Error("No tile under the centre of the map");
}

const worldSize = (frame: MapFrame) => 256 * 2 ** frame.zoom;

function lngAt(frame: MapFrame, x: number): number {
  return ((frame.originX + x) / worldSize(frame)) * 360 - 180;
}

function latAt(frame: MapFrame, y: number): number {
  const n = Math.PI * (1 - (2 * (frame.originY + y)) / worldSize(frame));
  return (Math.atan(Math.sinh(n)) * 180) / Math.PI;
}

function xOf(frame: MapFrame, lng: number): number {
  return ((lng + 180) / 360) * worldSize(frame) - frame.originX;
}

function yOf(frame: MapFrame, lat: number): number {
  const sin = Math.sin((lat * Math.PI) / 180);
  const mercator = 0.5 - Math.log((1 + sin) / (1 - sin)) / (4 * Math.PI);
  return mercator * worldSize(frame) - frame.originY;
}

/** Degrees of longitude in one pixel: the map's precision for a mouse position. */
const degreesPerPixel = (frame: MapFrame) => 360 / worldSize(frame);

/** The rectangle's box relative to the map, which moves down when a message shows above it. */
async function rectangleInMap(
  page: Page,
): Promise<{ x: number; y: number; width: number; height: number }> {
  const map = (await mapRegion(page).locator(".leaflet-container").boundingBox())!;
  const box = (await rectangle(page).boundingBox())!;
  return { x: box.x - map.x, y: box.y - map.y, width: box.width, height: box.height };
}

async function centreOf(locator: Locator): Promise<{ x: number; y: number }> {
  const box = await locator.boundingBox();
  expect(box).not.toBeNull();
  return { x: Math.round(box!.x + box!.width / 2), y: Math.round(box!.y + box!.height / 2) };
}

/** A mouse drag in whole viewport pixels, the last move exactly on the end point. */
async function drag(
  page: Page,
  from: { x: number; y: number },
  to: { x: number; y: number },
): Promise<void> {
  await page.mouse.move(from.x, from.y);
  await page.mouse.down();
  await page.mouse.move(to.x, to.y, { steps: 8 });
  await page.mouse.up();
}

/** Presses Tab until `target` has the focus; fails if it is not reached within `max` presses. */
async function tabTo(page: Page, target: Locator, max = 20): Promise<void> {
  for (let i = 0; i < max; i++) {
    await page.keyboard.press("Tab");
    if (await target.evaluate((el) => el === document.activeElement)) return;
  }
  throw new Error(`Tab did not reach ${target.toString()} in ${max} presses`);
}

test.describe("drawing and dragging with the mouse", () => {
  test("a rectangle drawn with the mouse is sent as drawn", async ({
    signedInPage: page,
    stand: sim,
  }) => {
    await openEditor(page, PLANT);
    const draw = button(page, "Draw rectangle");
    await draw.click(); // may scroll the page: measure the map afterwards
    await expect(draw).toHaveAttribute("aria-pressed", "true");
    const frame = await mapFrame(page);
    const map = await mapRegion(page).locator(".leaflet-container").boundingBox();
    // Start and end away from the stored rectangle and the zoom buttons, in whole pixels.
    const from = { x: Math.round(map!.x + 70), y: Math.round(map!.y + 60) };
    const to = { x: Math.round(map!.x + 150), y: Math.round(map!.y + map!.height - 50) };
    await expect(
      page.getByText("Drag on the map to draw the extent. Escape cancels."),
    ).toBeVisible();
    await drag(page, from, to);
    await expect(draw).toHaveAttribute("aria-pressed", "false");
    await expect(
      page.getByText("Drag on the map to draw the extent. Escape cancels."),
    ).toBeHidden();
    // The map did not jump when drawing ended (the instructions above it changed).
    expect(await mapRegion(page).locator(".leaflet-container").boundingBox()).toEqual(map);

    // The inputs hold the drag's start and end points, to within the map's precision: half a
    // pixel (in practice they agree to a few hundredths of one).
    const drawn = await readExtent(page);
    expect(Math.abs(xOf(frame, drawn.west) - from.x)).toBeLessThan(0.5);
    expect(Math.abs(xOf(frame, drawn.east) - to.x)).toBeLessThan(0.5);
    expect(Math.abs(yOf(frame, drawn.north) - from.y)).toBeLessThan(0.5);
    expect(Math.abs(yOf(frame, drawn.south) - to.y)).toBeLessThan(0.5);
    for (const text of Object.values(await readInputs(page)))
      expect(decimals(text)).toBeLessThanOrEqual(7);
    // And the map shows the rectangle where it was drawn.
    const box = (await rectangle(page).boundingBox())!;
    expect(Math.abs(box.x - from.x)).toBeLessThanOrEqual(1.5);
    expect(Math.abs(box.x + box.width - to.x)).toBeLessThanOrEqual(1.5);
    expect(Math.abs(box.y - from.y)).toBeLessThanOrEqual(1.5);
    expect(Math.abs(box.y + box.height - to.y)).toBeLessThanOrEqual(1.5);

    expect(await saveAndGetPatch(page, sim)).toEqual({ extent: apiExtent(drawn) });
    await expectInputs(page, drawn);
  });

  test("Shift+drag draws without the toggle, and Escape cancels a drawing", async ({
    signedInPage: page,
  }) => {
    await openEditor(page, PLANT);
    const before = await rectangleInMap(page);

    // Escape in the middle of a drawing leaves everything as it was.
    await button(page, "Draw rectangle").click();
    const map = (await mapRegion(page).locator(".leaflet-container").boundingBox())!;
    await page.mouse.move(map.x + 70, map.y + 30);
    await page.mouse.down();
    await page.mouse.move(map.x + 160, map.y + 150, { steps: 5 });
    expect(await rectangleInMap(page), "the drawing is under way").not.toEqual(before);
    await page.keyboard.press("Escape");
    await page.mouse.up();
    await expect(page.getByText("Cancelled: the extent is unchanged.")).toBeVisible();
    await expect(button(page, "Draw rectangle")).toHaveAttribute("aria-pressed", "false");
    await expectInputs(page, PLANT_EXTENT);
    expect(await rectangleInMap(page)).toEqual(before);
    await expect(button(page, "Save")).toBeDisabled();

    // Shift+drag draws a new one.
    await page.keyboard.down("Shift");
    await drag(page, { x: map.x + 70, y: map.y + 30 }, { x: map.x + 160, y: map.y + 150 });
    await page.keyboard.up("Shift");
    const drawn = await readExtent(page);
    expect(drawn.west).toBeLessThan(PLANT_EXTENT.west);
    expect(drawn.north).toBeGreaterThan(PLANT_EXTENT.north);
    await expect(button(page, "Save")).toBeEnabled();
  });

  test("dragging a corner changes only that corner", async ({ signedInPage: page, stand: sim }) => {
    await openEditor(page, PLANT);
    const frame = await mapFrame(page);
    const corner = mapRegion(page).getByRole("button", { name: "North-east corner" });
    const from = await centreOf(corner);
    const to = { x: from.x + 40, y: from.y - 30 };
    await drag(page, from, to);

    // The corner moved by the drag's distance on the map; the other corner kept its exact,
    // unrounded values (the inputs show 7 decimals of them, the save sends them all).
    await expect(input(page, "west")).toHaveValue(shown(PLANT_EXTENT.west));
    await expect(input(page, "south")).toHaveValue(shown(PLANT_EXTENT.south));
    const texts = await readInputs(page);
    expect(decimals(texts.east)).toBeLessThanOrEqual(7);
    expect(decimals(texts.north)).toBeLessThanOrEqual(7);
    const moved = await readExtent(page);
    const pixel = degreesPerPixel(frame);
    const expectedEast = PLANT_EXTENT.east + (lngAt(frame, to.x) - lngAt(frame, from.x));
    const expectedNorth = PLANT_EXTENT.north + (latAt(frame, to.y) - latAt(frame, from.y));
    expect(Math.abs(moved.east - expectedEast)).toBeLessThan(pixel / 2);
    expect(Math.abs(moved.north - expectedNorth)).toBeLessThan(pixel / 2);

    expect(await saveAndGetPatch(page, sim)).toEqual({
      extent: apiExtent({
        west: PLANT_EXTENT.west,
        south: PLANT_EXTENT.south,
        east: moved.east,
        north: moved.north,
      }),
    });
  });

  test("dragging an edge moves only that edge, dragging the rectangle moves it", async ({
    signedInPage: page,
  }) => {
    await openEditor(page, PLANT);
    const frame = await mapFrame(page);

    // A diagonal drag of the north edge changes the north latitude only.
    const edge = await centreOf(mapRegion(page).getByRole("button", { name: "North edge" }));
    await drag(page, edge, { x: edge.x + 25, y: edge.y - 20 });
    const afterEdge = await readExtent(page);
    expect(afterEdge.north).toBeGreaterThan(PLANT_EXTENT.north);
    await expectInputs(page, { ...PLANT_EXTENT, north: afterEdge.north });

    // Dragging inside the rectangle (not on a handle) moves it east by the drag's distance.
    const box = (await rectangle(page).boundingBox())!;
    const inside = {
      x: Math.round(box.x + box.width / 4),
      y: Math.round(box.y + box.height * 0.75),
    };
    await drag(page, inside, { x: inside.x + 30, y: inside.y });
    const shift = lngAt(frame, inside.x + 30) - lngAt(frame, inside.x);
    const afterMove = await readExtent(page);
    expect(Math.abs(afterMove.west - (PLANT_EXTENT.west + shift))).toBeLessThan(
      degreesPerPixel(frame) / 2,
    );
    expect(afterMove.east - afterMove.west).toBeCloseTo(PLANT_EXTENT.east - PLANT_EXTENT.west, 6);
    expect(afterMove.south).toBe(shownNumber(PLANT_EXTENT.south));
    expect(afterMove.north).toBe(afterEdge.north);
  });

  test("drawing across the antimeridian is refused with a message", async ({
    signedInPage: page,
  }) => {
    // A map wide enough to show the extent below at zoom 1, where the antimeridian is in sight:
    // the form column's width, under the fields (beside them, from 80rem, it is narrower).
    await page.setViewportSize({ width: 1200, height: 900 });
    await openEditor(page, SEED.imodels.noExtent);
    // The map opens at the iTwin's site: a world-wide extent, cleared, leaves the world view.
    await page.getByRole("textbox", { name: "Paste extent" }).fill("-170, -60, 170, 60");
    await button(page, "Apply pasted extent").click();
    await expect(rectangle(page)).toHaveCount(1);
    await button(page, "Zoom to extent").click();
    await expect(mapRegion(page).locator('img.leaflet-tile[src*="/1/"]').first()).toBeAttached();
    await button(page, "Clear extent").click();
    await expect(rectangle(page)).toHaveCount(0);
    await button(page, "Draw rectangle").click();
    // The whole map in sight: the drag runs near its middle, where a tall map may be cut off.
    await mapRegion(page).evaluate((el) => el.scrollIntoView({ block: "center" }));
    // The world view at zoom 1: the antimeridian is a little inside the map's east side.
    const frame = await mapFrame(page);
    const map = (await mapRegion(page).locator(".leaflet-container").boundingBox())!;
    const from = { x: Math.round(xOf(frame, 165)), y: Math.round(yOf(frame, 10)) };
    const to = { x: Math.round(xOf(frame, 195)), y: Math.round(yOf(frame, -10)) };
    expect(to.x, "the antimeridian is on the map").toBeLessThan(map.x + map.width - 5);
    await drag(page, from, to);
    await expect(
      page.getByText(
        "The rectangle crosses the antimeridian (180° longitude), which an extent cannot do: keep it on one side.",
      ),
    ).toBeVisible();
    await expect(rectangle(page)).toHaveCount(0);
    await expectInputs(page, null);
    await expect(button(page, "Save")).toBeDisabled();

    // The same drawing just east of the antimeridian is taken, on the main world copy.
    await button(page, "Draw rectangle").click();
    await mapRegion(page).evaluate((el) => el.scrollIntoView({ block: "center" }));
    expect(await mapFrame(page)).toEqual(frame);
    await drag(page, { x: Math.round(xOf(frame, 185)), y: from.y }, to);
    const drawn = await readExtent(page);
    // Within the pixel the drag was rounded to.
    expect(Math.abs(drawn.west - -175)).toBeLessThanOrEqual(degreesPerPixel(frame));
    expect(Math.abs(drawn.east - -165)).toBeLessThanOrEqual(degreesPerPixel(frame));
    await expect(rectangle(page)).toHaveCount(1);
  });
});

test.describe("typing and the keyboard", () => {
  test("typed values move the rectangle; invalid ones are explained and not sent", async ({
    signedInPage: page,
    stand: sim,
  }) => {
    await openEditor(page, PLANT);
    const frame = await mapFrame(page);
    const before = (await rectangle(page).boundingBox())!;
    // Heights within the map: filling an input may scroll the page (never sideways).
    const beforeInMap = await rectangleInMap(page);

    await input(page, "east").fill("7.9");
    await input(page, "west").fill("7.75");
    await expect
      .poll(async () => Math.abs((await rectangle(page).boundingBox())!.x - xOf(frame, 7.75)))
      .toBeLessThanOrEqual(1.5);
    const after = (await rectangle(page).boundingBox())!;
    expect(after.x).toBeGreaterThan(before.x + 50);
    expect(Math.abs(after.x + after.width - xOf(frame, 7.9))).toBeLessThanOrEqual(1.5);
    expect((await rectangleInMap(page)).y).toBe(beforeInMap.y);
    expect(after.height).toBe(before.height);
    const shown = await rectangleInMap(page);

    // Out of range: explained at the input, the rectangle does not move.
    await input(page, "north").fill("95");
    await expect(
      page.getByText("North latitude must be between -90 and 90 (it is 95)."),
    ).toBeVisible();
    await expect(input(page, "north")).toHaveAttribute("aria-invalid", "true");
    await expect(input(page, "north")).toHaveAccessibleDescription(/must be between -90 and 90/);
    // South above north.
    await input(page, "north").fill("46");
    await expect(
      page.getByText(
        `South latitude (${PLANT_EXTENT.south}) must be less than North latitude (46).`,
      ),
    ).toBeVisible();
    // A missing value.
    await input(page, "north").fill("");
    await expect(page.getByText(/Enter all four values \(North latitude missing\)/)).toBeVisible();
    expect(await rectangleInMap(page)).toEqual(shown);

    // Save is refused while the inputs hold what is not an extent, even though the east and
    // west changes before it are valid: it would save an extent other than the one shown.
    await input(page, "north").fill("95");
    await button(page, "Save").click();
    await announced(page, "Not saved: North latitude must be between -90 and 90 (it is 95).");
    await expect(input(page, "north")).toBeFocused();
    await expect(input(page, "north")).toHaveValue("95");
    expect(await sim.requests({ method: "PATCH" })).toEqual([]);

    await input(page, "north").fill("46.35");
    expect(await saveAndGetPatch(page, sim)).toEqual({
      extent: apiExtent({ west: 7.75, south: PLANT_EXTENT.south, east: 7.9, north: 46.35 }),
    });
  });

  test("a decimal comma is read as 7.7, never 77, and anything else is refused on the field", async ({
    signedInPage: page,
    stand: sim,
  }) => {
    await openEditor(page, PLANT);
    const east = input(page, "east");
    await east.click();
    await page.keyboard.press("ControlOrMeta+A");
    await page.keyboard.type("7,9");
    await expect(east).toHaveAccessibleDescription(/Read as 7\.9/);
    await expect(east).not.toHaveAttribute("aria-invalid", "true");

    const west = input(page, "west");
    await west.click();
    await page.keyboard.press("ControlOrMeta+A");
    await page.keyboard.type("1.234,5");
    await expect(west).toHaveAttribute("aria-invalid", "true");
    await expect(west).toHaveAccessibleDescription(/thousands separators are not accepted/);
    await page.keyboard.press("ControlOrMeta+A");
    await page.keyboard.type("7,7");
    await expect(west).toHaveAccessibleDescription(/Read as 7\.7/);
    await page.keyboard.press("Tab");
    await expect(west).toHaveValue("7.7");
    await expect(east).toHaveValue("7.9");
    expect(await saveAndGetPatch(page, sim)).toEqual({
      extent: apiExtent({ ...PLANT_EXTENT, west: 7.7, east: 7.9 }),
    });
  });

  test("a wheel over a focused field changes nothing; arrows step as the field says", async ({
    signedInPage: page,
  }) => {
    await openEditor(page, PLANT);
    const south = input(page, "south");
    await south.focus();
    await expect(south).toHaveAccessibleDescription(
      /Arrow keys step by the last digit shown, Shift\+Arrow by 1°/,
    );
    await south.hover();
    await page.mouse.wheel(0, -300);
    await page.mouse.wheel(0, 300);
    await expect(south).toBeFocused();
    await expect(south).toHaveValue(shown(PLANT_EXTENT.south));
    await expect(input(page, "north")).toHaveValue(shown(PLANT_EXTENT.north));

    await page.keyboard.press("ArrowUp");
    await expect(south).toHaveValue("46.132678");
    await page.keyboard.press("Shift+ArrowUp");
    await expect(south).toHaveValue("47.132678");
    await expect(page.getByText(/must be less than North latitude/)).toBeVisible();
    await page.keyboard.press("Shift+ArrowDown");
    await expect(south).toHaveValue("46.132678");
    await expect(page.getByText(/must be less than North latitude/)).toHaveCount(0);
  });

  test("undo and redo step back and forth across a drag, a paste and a typed value", async ({
    signedInPage: page,
    stand: sim,
  }) => {
    await openEditor(page, PLANT);
    await expect(button(page, "Undo extent change")).toBeDisabled();

    // A drag of the north-east corner.
    const corner = mapRegion(page).getByRole("button", { name: "North-east corner" });
    const from = await centreOf(corner);
    await drag(page, from, { x: from.x + 40, y: from.y - 30 });
    await expect(input(page, "east")).not.toHaveValue(shown(PLANT_EXTENT.east));
    const dragged = await readExtent(page);

    // A paste.
    const pasted = { west: 7.7, south: 46.2, east: 7.9, north: 46.4 };
    await page.getByRole("textbox", { name: "Paste extent" }).fill("7.7, 46.2, 7.9, 46.4");
    await button(page, "Apply pasted extent").click();
    await expectInputs(page, pasted);

    // A typed value: its keystrokes are one step.
    await input(page, "north").click();
    await page.keyboard.press("ControlOrMeta+A");
    await page.keyboard.type("46.45");
    await expectInputs(page, { ...pasted, north: 46.45 });

    await page.keyboard.press("ControlOrMeta+Z");
    await expectInputs(page, pasted);
    await page.keyboard.press("ControlOrMeta+Z");
    await expectInputs(page, dragged);
    await button(page, "Undo extent change").click();
    await expectInputs(page, PLANT_EXTENT);
    await expect(button(page, "Undo extent change")).toBeDisabled();
    await expect(
      page.getByText(/^Undone\. Extent: West 7\.67212, South 46\.132677,/),
    ).toBeVisible();

    await input(page, "west").focus();
    await page.keyboard.press("ControlOrMeta+Shift+Z");
    await expectInputs(page, dragged);
    await button(page, "Redo extent change").click();
    await expectInputs(page, pasted);
    expect(await saveAndGetPatch(page, sim)).toEqual({ extent: apiExtent(pasted) });
  });

  test("on a phone the map below the fold is made once the extent is in use, so Tab reaches it", async ({
    signedInPage: page,
  }) => {
    await page.setViewportSize({ width: 360, height: 640 });
    await page.goto(`/imodels/${PLANT}`);
    await expect(page.getByRole("textbox", { name: "Name", exact: true })).toBeEditable();
    const map = mapRegion(page).getByRole("application", { name: "Map" });
    // Out of sight, it is not made at load: a phone's start-up has less to do.
    await expect(mapRegion(page)).not.toBeInViewport();
    await expect(map).toHaveCount(0);

    // Focus in the field makes it, even before it scrolls into sight...
    await input(page, "west").evaluate((element: HTMLElement) =>
      element.focus({ preventScroll: true }),
    );
    await expect(map).toHaveCount(1);
    await expect(mapRegion(page)).not.toBeInViewport();
    // ...so Tab reaches it.
    await tabTo(page, map);
    await expect(map).toBeFocused();
  });

  test("the extent can be edited from the keyboard alone", async ({
    signedInPage: page,
    stand: sim,
  }) => {
    await openEditor(page, PLANT);
    const frame = await mapFrame(page);
    const step = degreesPerPixel(frame) * 10;

    await input(page, "north").focus();
    const move = mapRegion(page).getByRole("button", { name: "Move extent" });
    await tabTo(page, move);
    await expect(move).toHaveAccessibleDescription(/Arrow keys move it/);

    // Arrow right: 10 px east; only the longitudes change (and only they are rounded).
    await page.keyboard.press("ArrowRight");
    await expect(input(page, "west")).not.toHaveValue(shown(PLANT_EXTENT.west));
    let now = await readExtent(page);
    expect(now.west - PLANT_EXTENT.west).toBeCloseTo(step, 6);
    expect(now.east - PLANT_EXTENT.east).toBeCloseTo(step, 6);
    await expect(input(page, "south")).toHaveValue(shown(PLANT_EXTENT.south));
    await expect(input(page, "north")).toHaveValue(shown(PLANT_EXTENT.north));

    // Shift+arrow up: 50 px north, measured at the rectangle's middle; both latitudes move
    // by the same number of degrees.
    let previous = now;
    await page.keyboard.press("Shift+ArrowUp");
    await expect(input(page, "north")).not.toHaveValue(String(previous.north));
    now = await readExtent(page);
    const middle = (previous.south + previous.north) / 2;
    const dLat = latAt(frame, yOf(frame, middle) - 50) - middle;
    expect(dLat).toBeGreaterThan(0);
    expect(now.north).toBeCloseTo(previous.north + dLat, 6);
    expect(now.south).toBeCloseTo(previous.south + dLat, 6);
    expect(now.west).toBe(previous.west);
    expect(now.east).toBe(previous.east);

    // The south-east corner: down twice and left once.
    const corner = mapRegion(page).getByRole("button", { name: "South-east corner" });
    await tabTo(page, corner, 6);
    previous = now;
    await page.keyboard.press("ArrowDown");
    await page.keyboard.press("ArrowDown");
    await page.keyboard.press("ArrowLeft");
    await expect(input(page, "east")).not.toHaveValue(String(previous.east));
    now = await readExtent(page);
    expect(now.south).toBeLessThan(previous.south);
    expect(now.south).toBeCloseTo(latAt(frame, yOf(frame, previous.south) + 20), 6);
    expect(now.east).toBeCloseTo(previous.east - step, 6);
    expect(now.west).toBe(previous.west);
    expect(now.north).toBe(previous.north);
    await expect(corner).toBeFocused();

    // Save with the keyboard.
    await tabTo(page, button(page, "Save"), 25);
    await page.keyboard.press("Enter");
    await announced(page, "Saved.");
    const patches = await sim.requests({ method: "PATCH" });
    expect(patches).toHaveLength(1);
    expect(patches[0]!.body).toEqual({ extent: apiExtent(now) });
  });
  test("a rectangle drawn from the keyboard alone is saved as drawn", async ({
    signedInPage: page,
    stand: sim,
  }) => {
    await openEditor(page, PLANT);
    const frame = await mapFrame(page);
    const box = (await mapRegion(page).locator(".leaflet-container").boundingBox())!;
    const cx = box.x + box.width / 2;
    const cy = box.y + box.height / 2;
    const map = mapRegion(page).getByRole("application", { name: "Map" });
    await input(page, "north").focus();
    await tabTo(page, map);
    await expect(map).toHaveAccessibleDescription(/N draws a new rectangle/);

    await page.keyboard.press("n");
    await expect(page.getByText(/^Drawing a rectangle\. First corner at/)).toBeVisible();
    // First corner: 50 px left and 50 px up from the centre.
    await page.keyboard.press("Shift+ArrowLeft");
    await page.keyboard.press("Shift+ArrowUp");
    await page.keyboard.press("Enter");
    await expect(page.getByText(/^First corner fixed\./)).toBeVisible();
    // The opposite corner starts 80 px right and down; 20 px more right, 10 px more down.
    await page.keyboard.press("ArrowRight");
    await page.keyboard.press("ArrowRight");
    await page.keyboard.press("ArrowDown");
    await expect(input(page, "west")).toHaveValue(shown(PLANT_EXTENT.west));
    await page.keyboard.press("Enter");
    await expect(input(page, "west")).not.toHaveValue(shown(PLANT_EXTENT.west));

    const drawn = await readExtent(page);
    const pixel = degreesPerPixel(frame);
    expect(drawn.west).toBeCloseTo(lngAt(frame, cx - 50), 0);
    expect(Math.abs(drawn.west - lngAt(frame, cx - 50))).toBeLessThan(pixel);
    expect(Math.abs(drawn.east - lngAt(frame, cx + 50))).toBeLessThan(pixel);
    expect(Math.abs(drawn.north - latAt(frame, cy - 50))).toBeLessThan(pixel);
    expect(Math.abs(drawn.south - latAt(frame, cy + 40))).toBeLessThan(pixel);
    await expect(page.getByText(/^Extent: West /)).toBeVisible();
    await expect(map).toBeFocused();
    expect(await saveAndGetPatch(page, sim)).toEqual({ extent: apiExtent(drawn) });
  });

  test("Draw with keys starts at the map's centre and Escape leaves the extent as it was", async ({
    signedInPage: page,
  }) => {
    await openEditor(page, PLANT);
    await button(page, "Draw with keys").click();
    await expect(mapRegion(page).getByRole("application", { name: "Map" })).toBeFocused();
    await page.keyboard.press("ArrowUp");
    await page.keyboard.press("Escape");
    await expect(page.getByText("Drawing cancelled: the extent is unchanged.")).toBeVisible();
    await expectInputs(page, PLANT_EXTENT);
    await expect(rectangle(page)).toBeVisible();
  });

  test("a latitude-first paste offers the swap, and its message goes with Discard", async ({
    signedInPage: page,
    stand: sim,
  }) => {
    await openEditor(page, PLANT);
    const box = page.getByRole("textbox", { name: "Paste extent" });
    await box.fill("46.12, 7.62, 46.32, 7.82");
    await button(page, "Apply pasted extent").click();
    await expect(page.getByText("Looks like latitude, longitude: swap?")).toBeVisible();
    await expectInputs(page, { west: 46.12, south: 7.62, east: 46.32, north: 7.82 });
    await page.getByRole("button", { name: /^Swap to West 7\.62, South 46\.12/ }).click();
    const swapped = { west: 7.62, south: 46.12, east: 7.82, north: 46.32 };
    await expectInputs(page, swapped);
    await expect(page.getByText("Looks like latitude, longitude: swap?")).toHaveCount(0);
    await expect(page.getByText("Extent set from the pasted text, swapped.")).toBeVisible();
    // The saved extent stays on the map, faintly, with a legend.
    await expect(mapRegion(page).locator("path.extent-saved")).toHaveCount(1);
    await expect(mapRegion(page).getByText("Saved", { exact: true })).toBeVisible();

    await button(page, "Discard changes").click();
    await expectInputs(page, PLANT_EXTENT);
    await expect(page.getByText(/^Extent set from the pasted text/)).toHaveCount(0);
    await expect(page.getByText(/^Extent: West 7\.67212, South 46\.132677,/)).toBeVisible();
    await expect(mapRegion(page).locator("path.extent-saved")).toHaveCount(0);

    // Lat-first before: the next plain list is offered the swap even when both readings fit.
    await box.fill("10.1, 20.1, 10.2, 20.2");
    await button(page, "Apply pasted extent").click();
    await page.getByRole("button", { name: /^Swap to West 20\.1, South 10\.1/ }).click();
    expect(await saveAndGetPatch(page, sim)).toEqual({
      extent: apiExtent({ west: 20.1, south: 10.1, east: 20.2, north: 10.2 }),
    });
  });
});

test.describe("paste and copy", () => {
  const cases: [string, string, Extent][] = [
    ["W,S,E,N", "7.61, 46.11, 7.81, 46.31", { west: 7.61, south: 46.11, east: 7.81, north: 46.31 }],
    ["W S E N", "7.62 46.12 7.82 46.32", { west: 7.62, south: 46.12, east: 7.82, north: 46.32 }],
    [
      "GeoJSON Polygon",
      JSON.stringify({
        type: "Polygon",
        coordinates: [
          [
            [7.63, 46.13],
            [7.83, 46.13],
            [7.83, 46.33],
            [7.63, 46.33],
            [7.63, 46.13],
          ],
        ],
      }),
      { west: 7.63, south: 46.13, east: 7.83, north: 46.33 },
    ],
    [
      "GeoJSON Feature",
      JSON.stringify({
        type: "Feature",
        properties: {},
        geometry: {
          type: "Polygon",
          coordinates: [
            [
              [7.64, 46.14],
              [7.84, 46.14],
              [7.84, 46.34],
              [7.64, 46.14],
            ],
          ],
        },
      }),
      { west: 7.64, south: 46.14, east: 7.84, north: 46.34 },
    ],
    [
      "GeoJSON FeatureCollection",
      JSON.stringify({
        type: "FeatureCollection",
        features: [
          {
            type: "Feature",
            properties: null,
            geometry: { type: "Point", coordinates: [7.65, 46.35] },
          },
          {
            type: "Feature",
            properties: null,
            geometry: { type: "Point", coordinates: [7.85, 46.15] },
          },
        ],
      }),
      { west: 7.65, south: 46.15, east: 7.85, north: 46.35 },
    ],
    [
      "bbox array",
      "[7.66, 46.16, 7.86, 46.36]",
      { west: 7.66, south: 46.16, east: 7.86, north: 46.36 },
    ],
    [
      "GeoJSON bbox member",
      JSON.stringify({
        type: "Feature",
        bbox: [7.67, 46.17, 7.87, 46.37],
        properties: {},
        geometry: null,
      }),
      { west: 7.67, south: 46.17, east: 7.87, north: 46.37 },
    ],
    [
      "WKT POLYGON",
      "POLYGON((7.68 46.18, 7.88 46.18, 7.88 46.38, 7.68 46.38, 7.68 46.18))",
      { west: 7.68, south: 46.18, east: 7.88, north: 46.38 },
    ],
    [
      "WKT ENVELOPE",
      "ENVELOPE(7.69, 7.89, 46.39, 46.19)",
      { west: 7.69, south: 46.19, east: 7.89, north: 46.39 },
    ],
    [
      "API extent JSON",
      JSON.stringify(apiExtent({ west: 7.7, south: 46.2, east: 7.9, north: 46.4 })),
      { west: 7.7, south: 46.2, east: 7.9, north: 46.4 },
    ],
  ];

  test("each pasted format fills the inputs; garbage is explained and changes nothing", async ({
    signedInPage: page,
    stand: sim,
  }) => {
    await openEditor(page, PLANT);
    const box = page.getByRole("textbox", { name: "Paste extent" });
    for (const [format, text, extent] of cases) {
      await test.step(format, async () => {
        await box.fill(text);
        await button(page, "Apply pasted extent").click();
        await expect(page.getByText("Extent set from the pasted text.")).toBeVisible();
        await expectInputs(page, extent);
      });
    }
    const last = cases.at(-1)![2];

    for (const [garbage, message] of [
      ["Sun City", '"Sun" is not a number.'],
      ["7.67,46.13,7.84", "Expected 4 numbers (West, South, East, North), found 3."],
      [
        '{"type":"Polygon","coordinates":[[[7.67,46.13]',
        "This looks like JSON but is not valid JSON",
      ],
      ["LINESTRING(7.67 46.13, 7.84 46.30)", "WKT LINESTRING is not supported"],
      ["7.67,-95,7.84,46.30", "South latitude must be between -90 and 90 (it is -95)."],
    ] as const) {
      await test.step(`refuses ${garbage}`, async () => {
        await box.fill(garbage);
        await button(page, "Apply pasted extent").click();
        await expect(box).toHaveAccessibleDescription(
          new RegExp(message.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")),
        );
        await expect(box).toHaveAttribute("aria-invalid", "true");
        await expectInputs(page, last);
      });
    }

    expect(await saveAndGetPatch(page, sim)).toEqual({ extent: apiExtent(last) });
  });

  test("a real paste from the clipboard applies at once", async ({
    signedInPage: page,
    context,
  }) => {
    await context.grantPermissions(["clipboard-read", "clipboard-write"]);
    await openEditor(page, SEED.imodels.noExtent);
    await expect(rectangle(page)).toHaveCount(0);
    const text = "POLYGON((-0.13 51.49, -0.1 51.49, -0.1 51.52, -0.13 51.52, -0.13 51.49))";
    await page.evaluate((t) => navigator.clipboard.writeText(t), text);

    const box = page.getByRole("textbox", { name: "Paste extent" });
    await box.focus();
    await page.keyboard.press("ControlOrMeta+V");
    await expect(box).toHaveValue(text);
    await expect(page.getByText("Extent set from the pasted text.")).toBeVisible();
    await expectInputs(page, { west: -0.13, south: 51.49, east: -0.1, north: 51.52 });
    // The pasted extent, far from the world view the map started with, is shown.
    await expect(rectangle(page)).toHaveCount(1);
    await expect(rectangle(page)).toBeInViewport();
  });

  test("copy offers every format and they paste back to the same extent", async ({
    signedInPage: page,
    context,
  }) => {
    await context.grantPermissions(["clipboard-read", "clipboard-write"]);
    await openEditor(page, PLANT);
    const format = page.getByRole("combobox", { name: "Copy format" });
    await expect(format.getByRole("option")).toHaveText([
      "West, South, East, North",
      "GeoJSON Polygon",
      "WKT POLYGON",
      "iModel API extent JSON",
    ]);
    const { west: w, south: s, east: e, north: n } = PLANT_EXTENT;
    const expected: Record<string, (text: string) => void> = {
      "West, South, East, North": (text) => expect(text).toBe(`${w},${s},${e},${n}`),
      "GeoJSON Polygon": (text) =>
        expect(JSON.parse(text)).toEqual({
          type: "Polygon",
          bbox: [w, s, e, n],
          coordinates: [
            [
              [w, s],
              [e, s],
              [e, n],
              [w, n],
              [w, s],
            ],
          ],
        }),
      "WKT POLYGON": (text) =>
        expect(text).toBe(`POLYGON((${w} ${s}, ${e} ${s}, ${e} ${n}, ${w} ${n}, ${w} ${s}))`),
      "iModel API extent JSON": (text) => expect(JSON.parse(text)).toEqual(apiExtent(PLANT_EXTENT)),
    };
    const paste = page.getByRole("textbox", { name: "Paste extent" });
    for (const [label, check] of Object.entries(expected)) {
      await test.step(label, async () => {
        await page.evaluate(() => navigator.clipboard.writeText("nothing yet"));
        await format.selectOption({ label });
        await button(page, "Copy extent").click();
        await expect(page.getByText(`Copied as ${label}.`)).toBeVisible();
        const text = await page.evaluate(() => navigator.clipboard.readText());
        check(text);
        await paste.fill(text);
        await button(page, "Apply pasted extent").click();
        await expect(page.getByText("Extent set from the pasted text.")).toBeVisible();
        await expectInputs(page, PLANT_EXTENT);
      });
    }
    await expect(button(page, "Save")).toBeDisabled();
  });
});

test.describe("saving", () => {
  test("Clear extent sends extent: null", async ({ signedInPage: page, stand: sim }) => {
    await openEditor(page, PLANT);
    await button(page, "Clear extent").click();
    await expectInputs(page, null);
    await expect(rectangle(page)).toHaveCount(0);
    await expect(button(page, "Zoom to extent")).toBeDisabled();
    await expect(button(page, "Copy extent")).toBeDisabled();
    expect(await saveAndGetPatch(page, sim)).toEqual({ extent: null });
    await expect(button(page, "Clear extent")).toBeDisabled();
  });

  test("the service refusing the extent shows on the editor and keeps the edit", async ({
    signedInPage: page,
    stand: sim,
  }) => {
    const detail =
      "Provided 'extent' value is not valid. Valid 'latitude' value range is -90 to 90.";
    await openEditor(page, PLANT);
    await input(page, "north").fill("46.4");
    await sim.fault({
      method: "PATCH",
      path: "/imodels/*",
      status: 422,
      code: "InvalidiModelsRequest",
      message: "Cannot update iModel.",
      body: JSON.stringify({
        error: {
          code: "InvalidiModelsRequest",
          message: "Cannot update iModel.",
          details: [{ code: "InvalidValue", message: detail, target: "extent" }],
        },
      }),
    });
    await clickSave(page);

    await expect(extentGroup(page).getByText(detail)).toBeVisible();
    await expect(extentGroup(page)).toHaveAccessibleDescription(detail);
    await expect(input(page, "west")).toBeFocused();
    await expectInputs(page, { ...PLANT_EXTENT, north: 46.4 });
    const [refused] = await sim.requests({ method: "PATCH" });
    expect(refused!.status).toBe(422);
    expect(refused!.body).toEqual({ extent: apiExtent({ ...PLANT_EXTENT, north: 46.4 }) });

    // The kept edit can be saved once the service takes it.
    await button(page, "Save").click();
    await announced(page, "Saved.");
    await expect(extentGroup(page).getByText(detail)).toHaveCount(0);
    const patches = await sim.requests({ method: "PATCH" });
    expect(patches.map((p) => p.status)).toEqual([422, 200]);
  });

  test("a stored inverted extent is explained and fixed in one click", async ({
    signedInPage: page,
    stand: sim,
  }) => {
    await openEditor(page, SEED.imodels.invertedExtent);
    const stored = { west: -0.11, south: 51.52, east: -0.09, north: 51.5 };
    await expectInputs(page, stored);
    await expect(extentGroup(page).getByText("The stored extent is not valid:")).toBeVisible();
    await expect(
      extentGroup(page).getByText(
        "South latitude is north of North latitude: the corners are swapped.",
      ),
    ).toBeVisible();
    // The map shows the rectangle as it will be fixed.
    await expect(rectangle(page)).toBeVisible();

    await button(page, "Fix extent").click();
    const fixed = { west: -0.11, south: 51.5, east: -0.09, north: 51.52 };
    await expectInputs(page, fixed);
    await expect(extentGroup(page).getByText("The stored extent is not valid:")).toHaveCount(0);
    expect(await saveAndGetPatch(page, sim)).toEqual({ extent: apiExtent(fixed) });
  });

  test("a stored out-of-range extent is explained and fixed in one click", async ({
    signedInPage: page,
    stand: sim,
  }) => {
    await openEditor(page, SEED.imodels.outOfRangeExtent);
    await expectInputs(page, { west: -0.2, south: 51.4, east: 200.25, north: 95.5 });
    await expect(
      extentGroup(page).getByText("North latitude 95.5 is outside -90 to 90."),
    ).toBeVisible();
    await expect(
      extentGroup(page).getByText("East longitude 200.25 is outside -180 to 180."),
    ).toBeVisible();
    // The inputs do not repeat the warning as an error of their own.
    await expect(input(page, "north")).not.toHaveAttribute("aria-invalid", "true");

    await button(page, "Fix extent").click();
    const fixed = await readExtent(page);
    expect(fixed.north).toBe(90);
    expect(fixed.south).toBe(51.4);
    for (const side of SIDES) {
      expect(Math.abs(fixed[side])).toBeLessThanOrEqual(
        side === "south" || side === "north" ? 90 : 180,
      );
    }
    expect(fixed.west).toBeLessThan(fixed.east);
    await expect(extentGroup(page).getByText("The stored extent is not valid:")).toHaveCount(0);
    expect(await saveAndGetPatch(page, sim)).toEqual({ extent: apiExtent(fixed) });
  });
});

test.describe("accessibility and looks", () => {
  test("the detail page with the map has no axe violations", async ({ signedInPage: page }) => {
    // One scan with every extra part the editor can show: the stored-extent warning, a
    // problem on an input and a paste that could not be read, next to the map.
    await openEditor(page, SEED.imodels.invertedExtent);
    await expect(rectangle(page)).toBeVisible();
    await expect(button(page, "Fix extent")).toBeVisible();
    await input(page, "west").fill("200");
    await expect(input(page, "west")).toHaveAttribute("aria-invalid", "true");
    await page.getByRole("textbox", { name: "Paste extent" }).fill("Sun City");
    await button(page, "Apply pasted extent").click();
    await expect(page.getByText('"Sun" is not a number.', { exact: false })).toBeVisible();
    await expectNoAxeViolations(page);
  });

  test("screenshots of the editor on the offline world map", async ({
    signedInPage: page,
  }, testInfo) => {
    await mkdir("test-results/screenshots", { recursive: true });
    const shoot = async (name: string) => {
      const body = await mapRegion(page).screenshot();
      await testInfo.attach(name, { body, contentType: "image/png" });
      await writeFile(`test-results/screenshots/${name}.png`, body);
    };

    await openEditor(page, PLANT);
    await expect(
      page.getByText("The map tiles could not be loaded: showing a simplified world map."),
    ).toBeVisible();
    await expect(rectangle(page)).toBeVisible();
    await shoot("extent-editor");

    // A large extent on the world view, where coasts show.
    await openEditor(page, SEED.imodels.noExtent);
    await page.getByRole("textbox", { name: "Paste extent" }).fill("-10, 35, 30, 60");
    await button(page, "Apply pasted extent").click();
    await expect(rectangle(page)).toBeVisible();
    await expect(land(page)).toBeVisible();
    await shoot("extent-editor-world");
  });
});

// 940: one column, the form the page's width; 1280 and 1440: the form beside the side column.
for (const size of [
  { width: 940, height: 900 },
  { width: 1280, height: 800 },
  { width: 1440, height: 900 },
]) {
  test(`where the field is wide, the map sits beside the coordinates: ${size.width}`, async ({
    signedInPage: page,
  }) => {
    await page.setViewportSize(size);
    await openEditor(page, PLANT);
    const map = (await mapRegion(page).boundingBox())!;
    const east = (await input(page, "east").boundingBox())!;
    expect(map.x).toBeGreaterThan(east.x + east.width);
    expect(map.height).toBeGreaterThanOrEqual(480);
    await mkdir("test-results/screenshots", { recursive: true });
    await page.screenshot({
      path: `test-results/screenshots/extent-light-${size.width}x${size.height}.png`,
    });
  });
}

for (const scheme of ["light", "dark"] as const) {
  for (const size of [
    { name: "1440x900", width: 1440, height: 900 },
    { name: "390x844", width: 390, height: 844 },
  ]) {
    test(`screenshots of the extent editor: ${scheme}, ${size.name}`, async ({
      signedInPage: page,
    }) => {
      await mkdir("test-results/screenshots", { recursive: true });
      await page.setViewportSize({ width: size.width, height: size.height });
      await page.emulateMedia({ colorScheme: scheme });
      await openEditor(page, PLANT);
      await page.getByRole("textbox", { name: "Paste extent" }).fill("46.16, 7.70, 46.33, 7.87");
      await button(page, "Apply pasted extent").click();
      await page.getByRole("button", { name: /^Swap to West 7\.7/ }).click();
      await expect(mapRegion(page).locator("path.extent-saved")).toHaveCount(1);
      const map = (await mapRegion(page).boundingBox())!;
      // Wide: at least 480 px tall; on a phone, the full width of the field.
      if (size.width >= 1440) expect(map.height).toBeGreaterThanOrEqual(480);
      else expect(map.width).toBeGreaterThanOrEqual(size.width * 0.8);
      // The field from its top, under the sticky header.
      await extentGroup(page).evaluate((el) => el.scrollIntoView({ block: "start" }));
      await page.evaluate(() => window.scrollBy(0, -72));
      await page.screenshot({ path: `test-results/screenshots/extent-${scheme}-${size.name}.png` });
    });
  }
}
