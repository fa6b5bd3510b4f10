import { describe, expect, it } from "vitest";
import { buildUpdateBody, isEmptyBody } from "./build-update-body";
import type { FormValues } from "./form-values";

const initial: FormValues = {
  name: "Sun City Plant",
  description: "Wind and solar",
  extent: { west: 7.6, south: 46.1, east: 7.8, north: 46.3 },
};

describe("buildUpdateBody", () => {
  it("sends nothing when nothing changed", () => {
    const body = buildUpdateBody(initial, initial, {});
    expect(body).toEqual({});
    expect(isEmptyBody(body)).toBe(true);
  });

  it("sends only the changed name", () => {
    expect(buildUpdateBody(initial, { ...initial, name: "Renamed" }, { name: true })).toEqual({
      name: "Renamed",
    });
  });

  it("ignores values of fields that are not marked dirty", () => {
    const values = {
      ...initial,
      name: "Renamed",
      description: "changed by a reset, not by the user",
    };
    expect(buildUpdateBody(initial, values, { name: true })).toEqual({ name: "Renamed" });
  });

  it("leaves out a field typed back to its initial value", () => {
    expect(buildUpdateBody(initial, initial, { name: true, description: true })).toEqual({});
  });

  it("sends an emptied description as null", () => {
    expect(
      buildUpdateBody(initial, { ...initial, description: "" }, { description: true }),
    ).toEqual({
      description: null,
    });
  });

  it("sends the name trimmed, and leaves out one that only gained spaces around it", () => {
    expect(buildUpdateBody(initial, { ...initial, name: "  Renamed \t" }, { name: true })).toEqual({
      name: "Renamed",
    });
    expect(
      buildUpdateBody(initial, { ...initial, name: ` ${initial.name}  ` }, { name: true }),
    ).toEqual({});
  });

  it("sends a name as typed, markup and all", () => {
    const name = "<b>Déjà vu</b> 東京";
    expect(buildUpdateBody(initial, { ...initial, name }, { name: true })).toEqual({ name });
  });

  it("converts a changed extent to the API's shape", () => {
    const extent = { west: 1, south: 2, east: 3, north: 4 };
    expect(buildUpdateBody(initial, { ...initial, extent }, { extent: true })).toEqual({
      extent: {
        southWest: { latitude: 2, longitude: 1 },
        northEast: { latitude: 4, longitude: 3 },
      },
    });
  });

  it("accepts per-property marks for the extent", () => {
    const extent = { ...initial.extent!, west: 7.5 };
    expect(
      buildUpdateBody(initial, { ...initial, extent }, { extent: { west: true } }),
    ).toHaveProperty("extent");
    expect(buildUpdateBody(initial, { ...initial, extent }, { extent: { west: false } })).toEqual(
      {},
    );
  });

  it("sends a cleared extent as null", () => {
    expect(buildUpdateBody(initial, { ...initial, extent: null }, { extent: true })).toEqual({
      extent: null,
    });
  });

  it("sends every field the user changed", () => {
    const values = { name: "N", description: "D", extent: null };
    expect(
      buildUpdateBody(initial, values, { name: true, description: true, extent: true }),
    ).toEqual({
      name: "N",
      description: "D",
      extent: null,
    });
  });
});
