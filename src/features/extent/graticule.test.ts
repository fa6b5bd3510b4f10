import { describe, expect, it } from "vitest";
import {
  formatDegrees,
  graticuleLines,
  labelClearOfCorner,
  placeClearOfCorner,
  stepFor,
} from "./graticule";

const world = { west: -180, south: -85, east: 180, north: 85 };
const site = { west: 7.72, south: 46.0, east: 7.78, north: 46.04 };

describe("the graticule's step", () => {
  it("densifies with zoom: 30° for the world, 0.01° for a site", () => {
    expect(stepFor(world)).toBe(30);
    expect(stepFor({ west: 0, south: 40, east: 20, north: 52 })).toBe(2);
    expect(stepFor({ west: 7, south: 45.5, east: 8, north: 46.3 })).toBe(0.2);
    expect(stepFor(site)).toBe(0.01);
  });
});

describe("degree labels", () => {
  it("name the hemisphere with the decimals the step needs", () => {
    expect(formatDegrees(46.02, "lat", 0.01)).toBe("46.02° N");
    expect(formatDegrees(-33.9, "lat", 0.1)).toBe("33.9° S");
    expect(formatDegrees(7.75, "lon", 0.05)).toBe("7.75° E");
    expect(formatDegrees(-120, "lon", 30)).toBe("120° W");
    expect(formatDegrees(0, "lat", 30)).toBe("0°");
    expect(formatDegrees(180, "lon", 30)).toBe("180°");
  });

  it("wrap longitudes of a map panned past the antimeridian", () => {
    expect(formatDegrees(200, "lon", 10)).toBe("160° W");
    expect(formatDegrees(-190, "lon", 10)).toBe("170° E");
  });
});

describe("graticule lines", () => {
  it("are the multiples of the step inside the view, without drift", () => {
    const lines = graticuleLines(site);
    const lons = lines.filter((l) => l.axis === "lon").map((l) => l.value);
    const lats = lines.filter((l) => l.axis === "lat").map((l) => l.value);
    expect(lons).toEqual([7.72, 7.73, 7.74, 7.75, 7.76, 7.77, 7.78]);
    expect(lats).toEqual([46, 46.01, 46.02, 46.03, 46.04]);
    expect(lines.find((l) => l.value === 46.02)?.label).toBe("46.02° N");
  });

  it("stop at Mercator's edge", () => {
    const lats = graticuleLines(world).filter((l) => l.axis === "lat");
    expect(lats.map((l) => l.value)).toEqual([-60, -30, 0, 30, 60]);
    expect(graticuleLines(world).filter((l) => l.axis === "lon")).toHaveLength(13);
  });
});

describe("label places", () => {
  it("leave the zoom buttons' corner free on both edges", () => {
    expect(labelClearOfCorner("lon", 30)).toBe(false);
    expect(labelClearOfCorner("lon", 60)).toBe(true);
    expect(labelClearOfCorner("lat", 60)).toBe(false);
    expect(labelClearOfCorner("lat", 120)).toBe(true);
  });

  it("leave out a place whose dot is in that corner, not one beside or below it", () => {
    expect(placeClearOfCorner(20, 40)).toBe(false);
    expect(placeClearOfCorner(-10, 40)).toBe(false);
    expect(placeClearOfCorner(60, 40)).toBe(true);
    expect(placeClearOfCorner(20, 120)).toBe(true);
  });
});
