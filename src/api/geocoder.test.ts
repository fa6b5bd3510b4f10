import { describe, expect, it } from "vitest";
import { ApiError } from "./api-error";
import { describeGeocoderError, readPlaces } from "./geocoder";

describe("reading a Nominatim answer", () => {
  it("reads numbers from strings and the box from [s, n, w, e]", () => {
    expect(
      readPlaces([
        {
          place_id: 7,
          display_name: "Zermatt, VS, Switzerland",
          lat: "46.0199800",
          lon: "7.7486300",
          boundingbox: ["45.99", "46.05", "7.70", "7.80"],
        },
      ]),
    ).toEqual([
      {
        id: "7:Zermatt, VS, Switzerland",
        displayName: "Zermatt, VS, Switzerland",
        lat: 46.01998,
        lon: 7.74863,
        box: { west: 7.7, south: 45.99, east: 7.8, north: 46.05 },
      },
    ]);
  });

  it("drops a place without coordinates and a box that is not one", () => {
    const places = readPlaces([
      { display_name: "Nowhere", lat: "x", lon: "1" },
      { display_name: "Flat", lat: "1", lon: "2", boundingbox: ["1", "1", "2", "3"] },
    ]);
    expect(places).toHaveLength(1);
    expect(places[0]?.box).toBeNull();
  });
});

describe("describeGeocoderError", () => {
  it("names the place search, and the wait of a rate limit", () => {
    const limited = new ApiError({ status: 429, code: "x", message: "", retryAfterMs: 2500 });
    expect(describeGeocoderError(limited)).toBe("The place search is busy: try again in 3 s.");
    expect(describeGeocoderError(new ApiError({ status: 503, code: "x", message: "" }))).toBe(
      "The place search had a problem (HTTP 503). Try again.",
    );
    expect(
      describeGeocoderError(new ApiError({ status: 0, code: "NetworkError", message: "" })),
    ).toBe("The place search could not be reached.");
  });
});
