import { describe, expect, it } from "vitest";
import { rowWindow, visibleRows } from "./row-window";

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

describe("visibleRows", () => {
  it("counts only the rows above the fold when the list starts below the header", () => {
    // 200 px of header: 700 px of list on a 900 px screen, rows 0–10 (the 11th partly).
    expect(visibleRows(200, 900, 64, 10_000)).toEqual({ start: 0, end: 11 });
  });

  it("counts a row cut by either edge, and none that only touches the bottom edge", () => {
    expect(visibleRows(-(64 * 100 + 10), 640, 64, 10_000)).toEqual({ start: 100, end: 111 });
    expect(visibleRows(-64 * 100, 640, 64, 10_000)).toEqual({ start: 100, end: 110 });
  });

  it("is empty when the list is below the screen or empty, and clamps at its end", () => {
    expect(visibleRows(1000, 900, 64, 10_000)).toEqual({ start: 0, end: 0 });
    expect(visibleRows(0, 900, 64, 0)).toEqual({ start: 0, end: 0 });
    expect(visibleRows(-64 * 95, 900, 64, 100)).toEqual({ start: 95, end: 100 });
  });
});
