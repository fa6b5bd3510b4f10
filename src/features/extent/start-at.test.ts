import { describe, expect, it } from "vitest";
import { startAtOf } from "./start-at";

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
