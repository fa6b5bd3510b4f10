import { describe, expect, it } from "vitest";
import { plainFourNumbers, suggestSwap } from "./paste-sanity";

const ZERMATT = { west: 7.62, south: 46.12, east: 7.82, north: 46.32 };
const none = { current: null, latFirstBefore: false };

describe("suggestSwap", () => {
  it("offers the swap when only the latitude-first reading is valid", () => {
    // As read, South would be 120: only lat, lon makes sense.
    expect(suggestSwap("-33.9, 120.1, -33.7, 120.3", none)).toEqual({
      west: 120.1,
      south: -33.9,
      east: 120.3,
      north: -33.7,
    });
  });

  it("offers the swap when only the swapped reading lies over the current extent", () => {
    expect(
      suggestSwap("46.12, 7.62, 46.32, 7.82", { current: ZERMATT, latFirstBefore: false }),
    ).toEqual(ZERMATT);
  });

  it("offers the swap when the user's earlier pastes were latitude-first", () => {
    expect(
      suggestSwap("46.12, 7.62, 46.32, 7.82", { current: null, latFirstBefore: true }),
    ).toEqual(ZERMATT);
  });

  it("offers nothing for a valid longitude-first list", () => {
    expect(
      suggestSwap("7.62, 46.12, 7.82, 46.32", { current: ZERMATT, latFirstBefore: false }),
    ).toBeNull();
    expect(suggestSwap("46.12, 7.62, 46.32, 7.82", none)).toBeNull();
  });

  it("offers nothing when the swapped reading is not valid either", () => {
    expect(suggestSwap("7.82, 46.32, 7.62, 46.12", none)).toBeNull();
    expect(suggestSwap("100, 200, 110, 210", { current: null, latFirstBefore: true })).toBeNull();
  });

  it("looks only at plain lists of four numbers", () => {
    expect(
      suggestSwap("POLYGON((46 7, 46 8, 47 8, 47 7, 46 7))", {
        current: null,
        latFirstBefore: true,
      }),
    ).toBeNull();
    expect(plainFourNumbers("46.1 7.6 46.3 7.8°")).toEqual([46.1, 7.6, 46.3, 7.8]);
    expect(plainFourNumbers("1, 2, 3")).toBeNull();
    expect(plainFourNumbers("1, 2, 3, 4e2")).toBeNull();
  });
});
