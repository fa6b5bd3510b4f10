import { describe, expect, it } from "vitest";
import {
  dragExtent,
  finishGesture,
  handlePosition,
  nearestCopyOffset,
  nudgeExtent,
  shiftLongitudes,
  shownExtent,
} from "./extent-gesture";

const start = { west: 7.123456789, south: 46.123456789, east: 8.123456789, north: 47.123456789 };

describe("dragExtent", () => {
  it("draws from the first point to the second, in any direction", () => {
    expect(dragExtent(null, "draw", { lat: 47, lng: 8 }, { lat: 46, lng: 7 })).toEqual({
      west: 7,
      south: 46,
      east: 8,
      north: 47,
    });
  });

  it("moves the whole rectangle by the pointer's movement", () => {
    const moved = dragExtent(start, "move", { lat: 46.5, lng: 7.5 }, { lat: 46.75, lng: 7.25 });
    expect(moved).toEqual({
      west: start.west - 0.25,
      south: start.south + 0.25,
      east: start.east - 0.25,
      north: start.north + 0.25,
    });
  });

  it("keeps a moved rectangle between the poles without changing its height", () => {
    const moved = dragExtent(start, "move", { lat: 0, lng: 0 }, { lat: 60, lng: 0 });
    expect(moved.north).toBe(90);
    expect(moved.north - moved.south).toBeCloseTo(start.north - start.south, 9);
  });

  it("resizes by an edge, changing only that side", () => {
    const next = dragExtent(start, "n", { lat: 47, lng: 7.5 }, { lat: 47.5, lng: 9 });
    expect(next).toEqual({ ...start, north: start.north + 0.5 });
  });

  it("resizes by a corner", () => {
    const next = dragExtent(start, "sw", { lat: 46, lng: 7 }, { lat: 45, lng: 6 });
    expect(next).toEqual({ ...start, south: start.south - 1, west: start.west - 1 });
  });

  it("flips when an edge is dragged past the opposite one", () => {
    const next = dragExtent(start, "n", { lat: 47, lng: 7.5 }, { lat: 45, lng: 7.5 });
    expect(next.north).toBe(start.south);
    expect(next.south).toBeCloseTo(start.north - 2, 9);
  });

  it("clamps latitudes at the poles", () => {
    expect(dragExtent(start, "n", { lat: 47, lng: 0 }, { lat: 200, lng: 0 }).north).toBe(90);
    expect(dragExtent(null, "draw", { lat: -100, lng: 0 }, { lat: 0, lng: 1 }).south).toBe(-90);
  });
});

describe("nudgeExtent", () => {
  it("moves an edge by a step", () => {
    expect(nudgeExtent(start, "e", 0, 0.5)).toEqual({
      ok: true,
      extent: { ...start, east: start.east + 0.5 },
    });
  });

  it("ignores the axis an edge cannot move along", () => {
    expect(nudgeExtent(start, "n", 0, 5)).toEqual({
      ok: true,
      extent: { ...start, north: start.north },
    });
  });

  it("refuses to push an edge onto or past the opposite one", () => {
    expect(nudgeExtent(start, "n", -1, 0).ok).toBe(false);
    expect(nudgeExtent(start, "w", 0, 2).ok).toBe(false);
  });
});

describe("finishGesture", () => {
  it("rounds only the coordinate that was moved", () => {
    const draft = dragExtent(start, "n", { lat: 47, lng: 7.5 }, { lat: 47.100000001234, lng: 7.5 });
    const result = finishGesture(start, draft);
    expect(result).toEqual({ ok: true, extent: { ...start, north: 47.2234568 } });
  });

  it("brings a rectangle drawn on a world copy back to [-180, 180]", () => {
    expect(
      finishGesture(null, dragExtent(null, "draw", { lat: 1, lng: 190 }, { lat: 2, lng: 200.1 })),
    ).toEqual({
      ok: true,
      extent: { west: -170, south: 1, east: -159.9, north: 2 },
    });
    expect(finishGesture(null, { west: -300, south: 1, east: -290, north: 2 })).toEqual({
      ok: true,
      extent: { west: 60, south: 1, east: 70, north: 2 },
    });
  });

  it("refuses a rectangle across the antimeridian, saying why", () => {
    const result = finishGesture(null, { west: 170, south: 1, east: 190, north: 2 });
    expect(result).toEqual({
      ok: false,
      message: expect.stringMatching(/crosses the antimeridian/),
    });
    expect(finishGesture(null, { west: -190, south: 1, east: -170, north: 2 }).ok).toBe(false);
  });

  it("refuses a rectangle with no area after rounding", () => {
    expect(finishGesture(null, { west: 1, south: 1, east: 1.00000001, north: 2 })).toEqual({
      ok: false,
      message: expect.stringMatching(/no area/),
    });
  });
});

describe("handlePosition", () => {
  const e = { west: 0, south: 10, east: 4, north: 20 };
  it("puts corners on corners, edges on midpoints and the move handle in the middle", () => {
    expect(handlePosition(e, "nw")).toEqual({ lat: 20, lng: 0 });
    expect(handlePosition(e, "se")).toEqual({ lat: 10, lng: 4 });
    expect(handlePosition(e, "n")).toEqual({ lat: 20, lng: 2 });
    expect(handlePosition(e, "w")).toEqual({ lat: 15, lng: 0 });
    expect(handlePosition(e, "move")).toEqual({ lat: 15, lng: 2 });
  });
});

describe("nearestCopyOffset", () => {
  const e = { west: 7, south: 46, east: 8, north: 47 };
  it("shows the rectangle on the world copy nearest the map's centre", () => {
    expect(nearestCopyOffset(e, 0)).toBe(0);
    expect(nearestCopyOffset(e, 170)).toBe(0);
    expect(nearestCopyOffset(e, 200)).toBe(360);
    expect(nearestCopyOffset(e, -400)).toBe(-360);
    expect(shiftLongitudes(e, 360)).toEqual({ ...e, west: 367, east: 368 });
  });
});

describe("shownExtent", () => {
  it("shows a valid extent as it is and a broken stored one repaired", () => {
    const e = { west: 7, south: 46, east: 8, north: 47 };
    expect(shownExtent(e)).toEqual(e);
    expect(shownExtent({ west: 8, south: 47, east: 7, north: 95 })).toEqual({
      west: 7,
      south: 47,
      east: 8,
      north: 90,
    });
    expect(shownExtent({ ...e, west: Number.NaN })).toBeNull();
    expect(shownExtent(null)).toBeNull();
  });
});
