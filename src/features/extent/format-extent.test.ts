import { describe, expect, it } from "vitest";
import { extentFormats, formatExtent } from "./format-extent";
import { parseExtent } from "./parse-extent";

const swiss = { west: 7.67212, south: 46.132677, east: 7.835541, north: 46.302763 };

describe("formatExtent", () => {
  it("writes W,S,E,N", () => {
    expect(formatExtent(swiss, "wsen")).toBe("7.67212,46.132677,7.835541,46.302763");
  });

  it("writes WKT", () => {
    expect(formatExtent({ west: 1, south: 2, east: 3, north: 4 }, "wkt")).toBe(
      "POLYGON((1 2, 3 2, 3 4, 1 4, 1 2))",
    );
  });

  it("writes a counter-clockwise GeoJSON polygon with its bbox", () => {
    expect(JSON.parse(formatExtent({ west: 1, south: 2, east: 3, north: 4 }, "geojson"))).toEqual({
      type: "Polygon",
      bbox: [1, 2, 3, 4],
      coordinates: [
        [
          [1, 2],
          [3, 2],
          [3, 4],
          [1, 4],
          [1, 2],
        ],
      ],
    });
  });

  it("writes the API's extent", () => {
    expect(JSON.parse(formatExtent(swiss, "api"))).toEqual({
      southWest: { latitude: 46.132677, longitude: 7.67212 },
      northEast: { latitude: 46.302763, longitude: 7.835541 },
    });
  });

  it.each(extentFormats.map((f) => f.value))("is read back by parseExtent (%s)", (format) => {
    for (const extent of [swiss, { west: -180, south: -90, east: 180, north: 90 }]) {
      expect(parseExtent(formatExtent(extent, format))).toEqual({ ok: true, extent });
    }
  });
});
