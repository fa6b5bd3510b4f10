import { describe, expect, it } from "vitest";
import { columnsFor, nextIndex } from "./item-grid";

describe("columnsFor", () => {
  it("fits as many tiles as their minimum width allows, at least one", () => {
    expect(columnsFor(1200, 240, 16)).toBe(4);
    expect(columnsFor(350, 240, 16)).toBe(1);
    expect(columnsFor(0, 240, 16)).toBe(1);
  });
});

describe("nextIndex", () => {
  it("moves by a row up and down and stays inside the list", () => {
    expect(nextIndex("ArrowDown", 2, 10, 4, 3)).toBe(6);
    expect(nextIndex("ArrowDown", 8, 10, 4, 3)).toBe(9);
    expect(nextIndex("ArrowUp", 1, 10, 4, 3)).toBe(0);
  });
  it("moves sideways in tiles only, so a list row keeps Left and Right", () => {
    expect(nextIndex("ArrowRight", 3, 10, 4, 3)).toBe(4);
    expect(nextIndex("ArrowLeft", 0, 10, 4, 3)).toBe(0);
    expect(nextIndex("ArrowRight", 3, 10, 1, 3)).toBeNull();
  });
  it("jumps a page, to the first and to the last", () => {
    expect(nextIndex("PageDown", 0, 100, 2, 5)).toBe(10);
    expect(nextIndex("Home", 50, 100, 1, 5)).toBe(0);
    expect(nextIndex("End", 0, 100, 1, 5)).toBe(99);
    expect(nextIndex("a", 0, 100, 1, 5)).toBeNull();
  });
});
