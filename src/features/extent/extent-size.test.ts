import { describe, expect, it } from "vitest";
import { extentSizeNote, extentSpanKm } from "./extent-size";

describe("extentSizeNote", () => {
  it("says nothing for a site", () => {
    expect(extentSizeNote({ west: 7.67, south: 46.13, east: 7.83, north: 46.3 })).toBeNull();
    expect(extentSizeNote(null)).toBeNull();
  });

  it("names both limits between 20 and 350 km", () => {
    const note = extentSizeNote({ west: 7, south: 46, east: 8, north: 46.5 });
    expect(note).toMatch(
      /^This extent is about 77 km across: within .* 350 km .*, wider than the 20 km/,
    );
  });

  it("names both limits above 350 km", () => {
    expect(extentSizeNote({ west: 0, south: 40, east: 10, north: 50 })).toMatch(
      /about 1,113 km across: wider than .* 350 km .* and 20 km without one\./,
    );
  });

  it("measures the width where it is widest, at the latitude nearest the equator", () => {
    expect(extentSpanKm({ west: 0, south: -0.2, east: 1, north: 0.5 })).toBeCloseTo(111.32, 1);
    expect(extentSpanKm({ west: 0, south: 60, east: 2, north: 60.1 })).toBeCloseTo(111.32, 1);
  });
});
