import { describe, expect, it } from "vitest";
import {
  findExtentProblem,
  fixExtent,
  normaliseExtentLongitudes,
  normaliseLongitude,
  problemsOfStoredExtent,
  roundChangedCoordinates,
  roundCoordinate,
  validateExtent,
} from "./extent-rules";

const swiss = { west: 7.67, south: 46.13, east: 7.84, north: 46.3 };

describe("normaliseLongitude", () => {
  it.each([
    [190, -170],
    [-300, 60],
    [360, 0],
    [540, -180],
    [-190, 170],
    [725.5, 5.5],
  ])("wraps %d to %d", (lon, expected) => {
    expect(normaliseLongitude(lon)).toBe(expected);
  });

  it("keeps longitudes already in range, including both ends", () => {
    for (const lon of [-180, -179.9999999, 0, 7.67, 180]) expect(normaliseLongitude(lon)).toBe(lon);
  });

  it("leaves NaN and Infinity for validation to refuse", () => {
    expect(normaliseLongitude(Number.NaN)).toBeNaN();
    expect(normaliseLongitude(Infinity)).toBe(Infinity);
  });
});

describe("normaliseExtentLongitudes", () => {
  it("brings a rectangle drawn on another world copy back, keeping its width", () => {
    expect(normaliseExtentLongitudes({ west: 190, south: 0, east: 200, north: 1 })).toEqual({
      west: -170,
      south: 0,
      east: -160,
      north: 1,
    });
    expect(normaliseExtentLongitudes({ west: -300, south: 0, east: -290, north: 1 })).toEqual({
      west: 60,
      south: 0,
      east: 70,
      north: 1,
    });
    expect(normaliseExtentLongitudes({ west: 180, south: 0, east: 190, north: 1 })).toEqual({
      west: -180,
      south: 0,
      east: -170,
      north: 1,
    });
  });

  it("leaves a rectangle crossing the antimeridian crossing it (east > 180)", () => {
    expect(normaliseExtentLongitudes({ west: 170, south: 0, east: 190, north: 1 }).east).toBe(190);
    expect(normaliseExtentLongitudes({ west: -190, south: 0, east: -170, north: 1 })).toEqual({
      west: 170,
      south: 0,
      east: 190,
      north: 1,
    });
  });

  it("returns the same object when nothing changes", () => {
    expect(normaliseExtentLongitudes(swiss)).toBe(swiss);
  });
});

describe("roundCoordinate and roundChangedCoordinates", () => {
  it("rounds to 7 decimals without -0", () => {
    expect(roundCoordinate(7.123456789)).toBe(7.1234568);
    expect(roundCoordinate(-7.123456749)).toBe(-7.1234567);
    expect(Object.is(roundCoordinate(-0.00000001), 0)).toBe(true);
    expect(roundCoordinate(46.3)).toBe(46.3);
  });

  it("rounds only the coordinates that changed", () => {
    const before = {
      west: 7.123456789,
      south: 46.123456789,
      east: 8.123456789,
      north: 47.123456789,
    };
    const after = { ...before, north: 47.223456789123 };
    expect(roundChangedCoordinates(before, after)).toEqual({ ...before, north: 47.2234568 });
  });

  it("rounds every coordinate when there was no extent", () => {
    expect(
      roundChangedCoordinates(null, { west: 1.000000001, south: 2.99999999, east: 3, north: 4 }),
    ).toEqual({ west: 1, south: 3, east: 3, north: 4 });
  });
});

describe("validateExtent", () => {
  it("accepts a valid extent, the whole world and the poles", () => {
    expect(validateExtent(swiss)).toBeNull();
    expect(validateExtent({ west: -180, south: -90, east: 180, north: 90 })).toBeNull();
    expect(validateExtent({ west: 0, south: 89, east: 1, north: 90 })).toBeNull();
  });

  it("refuses NaN and Infinity", () => {
    expect(validateExtent({ ...swiss, west: Number.NaN })).toBe(
      "West longitude is not a finite number.",
    );
    expect(validateExtent({ ...swiss, north: Infinity })).toBe(
      "North latitude is not a finite number.",
    );
  });

  it("refuses latitudes outside [-90, 90] and longitudes outside [-180, 180]", () => {
    expect(validateExtent({ ...swiss, north: 90.0000001 })).toMatch(
      /^North latitude must be between -90 and 90/,
    );
    expect(validateExtent({ ...swiss, south: -95 })).toMatch(
      /^South latitude must be between -90 and 90/,
    );
    expect(validateExtent({ ...swiss, east: 190 })).toBe(
      "East longitude must be between -180 and 180 (it is 190).",
    );
    expect(validateExtent({ ...swiss, west: -300 })).toMatch(/^West longitude must be between/);
  });

  it("refuses swapped corners and says why for the antimeridian", () => {
    expect(validateExtent({ ...swiss, south: 46.3, north: 46.13 })).toBe(
      "South latitude (46.3) must be less than North latitude (46.13).",
    );
    expect(validateExtent({ west: 170, south: 10, east: -170, north: 20 })).toMatch(
      /cannot cross the antimeridian/,
    );
  });

  it("refuses zero area", () => {
    expect(validateExtent({ ...swiss, north: swiss.south })).toMatch(/no area/);
    expect(validateExtent({ ...swiss, east: swiss.west })).toMatch(/no area/);
  });

  it("names the sides at fault", () => {
    expect(findExtentProblem({ ...swiss, east: 200 })?.sides).toEqual(["east"]);
    expect(findExtentProblem({ ...swiss, south: 50 })?.sides).toEqual(["south", "north"]);
  });
});

describe("stored extents", () => {
  it("finds nothing wrong with a valid extent", () => {
    expect(problemsOfStoredExtent(swiss)).toEqual([]);
  });

  it("lists every problem", () => {
    expect(problemsOfStoredExtent({ west: 190, south: 50, east: 8, north: 95 })).toEqual([
      "North latitude 95 is outside -90 to 90.",
      "West longitude 190 is outside -180 to 180.",
      expect.stringMatching(/West longitude is east of East longitude/),
    ]);
    expect(problemsOfStoredExtent({ ...swiss, south: 46.3, north: 46.13 })).toEqual([
      "South latitude is north of North latitude: the corners are swapped.",
    ]);
    expect(problemsOfStoredExtent({ ...swiss, north: swiss.south })).toEqual([
      "The extent has no area.",
    ]);
  });

  it("fixes swapped corners, keeping the values as they were", () => {
    const inverted = { west: 7.84, south: 46.300000001, east: 7.67, north: 46.13 };
    expect(fixExtent(inverted)).toEqual({ west: 7.67, south: 46.13, east: 7.84, north: 46.3 });
  });

  it("widens an extent that crosses the antimeridian to all longitudes instead of turning it inside out", () => {
    // Fiji: 3.4° wide across 180°, not 356.6° wide the other way round.
    expect(fixExtent({ west: 177.2, south: -19.2, east: -179.4, north: -16.1 })).toEqual({
      west: -180,
      south: -19.2,
      east: 180,
      north: -16.1,
    });
    // Whichever reading is narrower wins: 160° across 180° here, 120° of swapped corners below.
    expect(fixExtent({ west: 100, south: 0, east: -100, north: 10 })).toEqual({
      west: -180,
      south: 0,
      east: 180,
      north: 10,
    });
    expect(fixExtent({ west: 60, south: 0, east: -60, north: 10 })).toEqual({
      west: -60,
      south: 0,
      east: 60,
      north: 10,
    });
  });

  it("clamps latitudes and normalises longitudes", () => {
    expect(fixExtent({ west: 190, south: -95, east: 200, north: 95 })).toEqual({
      west: -170,
      south: -90,
      east: -160,
      north: 90,
    });
    expect(fixExtent({ west: -300, south: 10, east: 65, north: 20 })).toEqual({
      west: 60,
      south: 10,
      east: 65,
      north: 20,
    });
  });

  it("leaves a valid extent alone and what it cannot fix invalid", () => {
    expect(fixExtent(swiss)).toEqual(swiss);
    expect(validateExtent(fixExtent({ ...swiss, east: swiss.west }))).toMatch(/no area/);
    expect(validateExtent(fixExtent({ ...swiss, west: Number.NaN }))).toMatch(
      /not a finite number/,
    );
  });
});
