import { describe, expect, it } from "vitest";
import { placeSearchOf, startAtOf } from "./start-at";

describe("startAtOf", () => {
  it("starts at the iTwin's location", () => {
    expect(startAtOf({ latitude: 46.02, longitude: 7.75, displayName: "Alps" })).toEqual({
      lat: 46.02,
      lon: 7.75,
      label: "Alps",
    });
  });

  it("has no start without a location, or with one off the globe", () => {
    expect(startAtOf(undefined)).toBeNull();
    expect(startAtOf({ latitude: null, longitude: 7, displayName: "x" })).toBeNull();
    expect(startAtOf({ latitude: 91, longitude: 7, displayName: "x" })).toBeNull();
  });
});

describe("placeSearchOf", () => {
  it("asks for the first part of the place name of an iTwin without coordinates", () => {
    const port = { latitude: null, longitude: null, displayName: "Port" };
    expect(placeSearchOf({ ...port, geographicLocation: "Piraeus, Greece" })).toBe("Piraeus");
    expect(placeSearchOf({ ...port, geographicLocation: "  Zermatt " })).toBe("Zermatt");
  });

  it("asks nothing with coordinates, or without a name", () => {
    expect(
      placeSearchOf({ latitude: 1, longitude: 2, geographicLocation: "X, Y", displayName: "a" }),
    ).toBeNull();
    const nowhere = { latitude: null, longitude: null, displayName: "a" };
    expect(placeSearchOf({ ...nowhere, geographicLocation: null })).toBeNull();
    expect(placeSearchOf({ ...nowhere, geographicLocation: " , Greece" })).toBeNull();
    expect(placeSearchOf(undefined)).toBeNull();
  });
});
