import { describe, expect, it } from "vitest";
import type { Place } from "../../api/geocoder";
import { placeExtent } from "./find-place-extent";

const zermatt: Place = {
  id: "1",
  displayName: "Zermatt, VS, Switzerland",
  lat: 46.01998,
  lon: 7.74863,
  box: { west: 7.7, south: 45.99, east: 7.8, north: 46.05 },
};

describe("placeExtent", () => {
  it("takes the place's own box", () => {
    expect(placeExtent(zermatt)).toEqual({ west: 7.7, south: 45.99, east: 7.8, north: 46.05 });
  });

  it("draws a box of ±0.02° around a point, rounded to 7 decimals", () => {
    expect(placeExtent({ ...zermatt, box: null })).toEqual({
      west: 7.72863,
      south: 45.99998,
      east: 7.76863,
      north: 46.03998,
    });
  });

  it("stays on the globe near a pole or the antimeridian", () => {
    const e = placeExtent({ ...zermatt, lat: 89.99, lon: 179.99, box: null });
    expect(e.north).toBe(90);
    expect(e.east).toBe(180);
  });
});
