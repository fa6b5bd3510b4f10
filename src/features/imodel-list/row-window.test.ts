import { describe, expect, it } from "vitest";
import { rowWindow } from "./row-window";

describe("rowWindow", () => {
  it("renders the visible rows and the overscan after them at the top", () => {
    expect(rowWindow(0, 640, 64, 10_000, 8)).toEqual({ start: 0, end: 19 });
  });

  it("follows the scroll position with overscan on both sides", () => {
    expect(rowWindow(64 * 1000 + 10, 640, 64, 10_000, 8)).toEqual({ start: 992, end: 1019 });
  });

  it("stays bounded however long the list", () => {
    const { start, end } = rowWindow(64 * 5000, 1080, 64, 1_000_000, 8);
    expect(end - start).toBeLessThanOrEqual(60);
  });

  it("clamps at the end of the list and after over-scrolling", () => {
    expect(rowWindow(64 * 100, 640, 64, 100, 8)).toEqual({ start: 91, end: 100 });
    expect(rowWindow(-50, 640, 64, 5, 8)).toEqual({ start: 0, end: 5 });
  });

  it("renders nothing for an empty list", () => {
    expect(rowWindow(0, 640, 64, 0, 8)).toEqual({ start: 0, end: 0 });
  });
});
