import { describe, expect, it } from "vitest";
import { fromApiExtent, sameExtent, toApiExtent } from "./extent";

describe("API extent conversion", () => {
  const extent = { west: 7.67, south: 46.13, east: 7.84, north: 46.3 };
  const api = {
    southWest: { latitude: 46.13, longitude: 7.67 },
    northEast: { latitude: 46.3, longitude: 7.84 },
  };

  it("converts both ways", () => {
    expect(toApiExtent(extent)).toEqual(api);
    expect(fromApiExtent(api)).toEqual(extent);
  });

  it("keeps an inverted stored extent as it is", () => {
    const inverted = { ...api, southWest: { latitude: 50, longitude: 9 } };
    expect(fromApiExtent(inverted)).toEqual({ west: 9, south: 50, east: 7.84, north: 46.3 });
  });

  it("compares by value", () => {
    expect(sameExtent(extent, { ...extent })).toBe(true);
    expect(sameExtent(extent, { ...extent, north: 46.31 })).toBe(false);
    expect(sameExtent(null, null)).toBe(true);
    expect(sameExtent(extent, null)).toBe(false);
  });
});
