import type * as L from "leaflet";
import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import type { Extent } from "./extent";
import { ExtentLayerController } from "./extent-layer-controller";
import { Pointer, pixelOf, press, testMap } from "./test-map";

const EXTENT: Extent = { west: 7.6, south: 46.1, east: 7.8, north: 46.3 };

let map: L.Map;
let controller: ExtentLayerController;
const onChange = vi.fn<(e: Extent) => void>();
const onMessage = vi.fn<(m: string) => void>();
const onDrawEnd = vi.fn<() => void>();

function mount(value: Extent | null = EXTENT, drawing = false) {
  map = testMap();
  controller = new ExtentLayerController(map, "instructions");
  controller.setCallbacks({ onChange, onMessage, onDrawEnd });
  controller.attach();
  controller.update({ value, disabled: false, drawing });
}

const handle = (kind: string) =>
  map.getContainer().querySelector<HTMLElement>(`.extent-handle--${kind}`)!;
const lastChange = () => onChange.mock.lastCall?.[0];

beforeEach(() => {
  onChange.mockReset();
  onMessage.mockReset();
  onDrawEnd.mockReset();
});
afterEach(() => {
  controller.detach();
  map.remove();
});

describe("ExtentLayerController", () => {
  it("brings a typed or pasted extent wholly into view when any of it is out of sight", () => {
    mount();
    const wider: Extent = { west: 7.2, south: 45.9, east: 8.4, north: 46.6 };
    expect(
      map.getBounds().intersects([
        [45.9, 7.2],
        [46.6, 8.4],
      ]),
    ).toBe(true);
    controller.update({ value: wider, disabled: false, drawing: false });
    expect(
      map.getBounds().contains([
        [45.9, 7.2],
        [46.6, 8.4],
      ]),
    ).toBe(true);
  });

  it("leaves the view as it is for an extent already in sight, and for one drawn on it", () => {
    mount();
    const before = map.getBounds();
    controller.update({
      value: { west: 7.65, south: 46.15, east: 7.75, north: 46.25 },
      disabled: false,
      drawing: false,
    });
    expect(map.getBounds().equals(before)).toBe(true);

    // A corner dragged to the map's edge: the rectangle reaches past the view, and stays.
    const pointer = new Pointer();
    const from = pixelOf(map, 46.25, 7.75);
    pointer.down(handle("ne"), ...from);
    pointer.move(from[0] + 30, from[1]);
    pointer.move(map.getSize().x + 40, from[1]);
    pointer.up();
    const drawn = lastChange()!;
    controller.update({ value: drawn, disabled: false, drawing: false });
    expect(map.getBounds().equals(before)).toBe(true);
  });

  it("draws the rectangle with nine handles, and none when disabled", () => {
    mount();
    expect(map.getContainer().querySelectorAll(".extent-handle")).toHaveLength(9);
    expect(handle("nw").getAttribute("aria-label")).toBe("North-west corner");
    controller.update({ value: EXTENT, disabled: true, drawing: false });
    expect(map.getContainer().querySelectorAll(".extent-handle")).toHaveLength(0);
    expect(map.getContainer().querySelector("path.extent-rect")).not.toBeNull();
  });

  it("drags a corner and tells the form once, when the pointer is released", () => {
    mount();
    const pointer = new Pointer();
    const from = pixelOf(map, EXTENT.north, EXTENT.east);
    const to = pixelOf(map, 46.35, 7.9);
    pointer.down(handle("ne"), ...from);
    pointer.move(from[0] + 30, from[1] - 10);
    pointer.move(...to);
    expect(onChange).not.toHaveBeenCalled();
    pointer.up();
    expect(onChange).toHaveBeenCalledTimes(1);
    const next = lastChange()!;
    expect(next.west).toBe(EXTENT.west);
    expect(next.south).toBe(EXTENT.south);
    expect(next.east).toBeCloseTo(7.9, 2);
    expect(next.north).toBeCloseTo(46.35, 2);
  });

  it("treats a press without a move past the threshold as a click", () => {
    mount();
    const pointer = new Pointer();
    const at = pixelOf(map, EXTENT.north, EXTENT.west);
    pointer.down(handle("nw"), ...at);
    pointer.move(at[0] + 2, at[1] + 1);
    pointer.up();
    expect(onChange).not.toHaveBeenCalled();
  });

  it("cancels a drag with Escape and says so", () => {
    mount();
    const pointer = new Pointer();
    const at = pixelOf(map, EXTENT.south, EXTENT.west);
    pointer.down(handle("sw"), ...at);
    pointer.move(at[0] - 60, at[1] + 60);
    press(document.body, "Escape");
    pointer.up();
    expect(onChange).not.toHaveBeenCalled();
    expect(onMessage).toHaveBeenCalledWith("Cancelled: the extent is unchanged.");
  });

  it("draws a new rectangle with the pointer in drawing mode", () => {
    mount(null, true);
    new Pointer().drag(map.getContainer(), [100, 100], [300, 250]);
    expect(onDrawEnd).toHaveBeenCalledTimes(1);
    const drawn = lastChange()!;
    const nw = map.containerPointToLatLng([100, 100]);
    const se = map.containerPointToLatLng([300, 250]);
    expect(drawn.west).toBeCloseTo(nw.lng, 5);
    expect(drawn.north).toBeCloseTo(nw.lat, 5);
    expect(drawn.east).toBeCloseTo(se.lng, 5);
    expect(drawn.south).toBeCloseTo(se.lat, 5);
  });

  it("nudges an edge with arrow keys and commits on key up, one axis only", () => {
    mount();
    press(handle("e"), "ArrowRight");
    expect(onChange).toHaveBeenCalledTimes(1);
    const next = lastChange()!;
    expect(next.east).toBeGreaterThan(EXTENT.east);
    expect({ ...next, east: EXTENT.east }).toEqual(EXTENT);
  });

  it("refuses a nudge that pushes an edge past the opposite one", () => {
    mount({ west: 7.7, south: 46.1, east: 7.70001, north: 46.3 });
    press(handle("w"), "ArrowRight", { shiftKey: true });
    expect(onChange).not.toHaveBeenCalled();
    expect(onMessage).toHaveBeenCalledWith("The east edge must stay east of the west edge.");
  });

  it("draws a rectangle from the keyboard: N, arrows, Enter, arrows, Enter", () => {
    mount(null);
    const container = map.getContainer();
    container.focus();
    const center = map.getCenter();
    press(container, "n");
    expect(onMessage.mock.lastCall?.[0]).toMatch(/^Drawing a rectangle\. First corner at/);
    press(container, "ArrowLeft", { shiftKey: true });
    press(container, "Enter");
    expect(onMessage.mock.lastCall?.[0]).toMatch(/^First corner fixed/);
    press(container, "ArrowRight");
    expect(onChange).not.toHaveBeenCalled();
    press(container, "Enter");
    expect(onChange).toHaveBeenCalledTimes(1);
    expect(onDrawEnd).toHaveBeenCalledTimes(1);
    const drawn = lastChange()!;
    const first = map.unproject(map.project(center).add([-50, 0]));
    const second = map.unproject(map.project(first).add([90, 80]));
    expect(drawn.west).toBeCloseTo(first.lng, 6);
    expect(drawn.north).toBeCloseTo(center.lat, 6);
    expect(drawn.east).toBeCloseTo(second.lng, 6);
    expect(drawn.south).toBeCloseTo(second.lat, 6);
  });

  it("starts drawing with keys at a given point, and Escape cancels", () => {
    mount(EXTENT);
    controller.startKeyDraw({ lat: 10, lng: 20 });
    expect(map.getCenter().lat).toBeCloseTo(10, 6);
    expect(onMessage.mock.lastCall?.[0]).toContain("10° N, 20° E");
    press(map.getContainer(), "Escape");
    expect(onMessage.mock.lastCall?.[0]).toBe("Drawing cancelled: the extent is unchanged.");
    expect(onChange).not.toHaveBeenCalled();
    expect(map.getContainer().querySelectorAll(".extent-handle")).toHaveLength(9);
  });
});
