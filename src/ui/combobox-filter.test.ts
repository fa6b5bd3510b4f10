import { describe, expect, it } from "vitest";
import { filterOptions, groupOptions, moveActive } from "./combobox-filter";

const options = [
  { id: "1", label: "Sun City Renewable-energy", detail: "SC-2020-001" },
  { id: "2", label: "Large Campus Portfolio", detail: "LC-7" },
  { id: "3", label: "Greenfield", detail: null },
];

describe("filterOptions", () => {
  it("keeps everything for empty text", () => {
    expect(filterOptions(options, "  ")).toHaveLength(3);
  });
  it("matches the name in any case, every word", () => {
    expect(filterOptions(options, "city SUN").map((o) => o.id)).toEqual(["1"]);
  });
  it("matches the number", () => {
    expect(filterOptions(options, "lc-7").map((o) => o.id)).toEqual(["2"]);
  });
  it("finds nothing for a word in no option", () => {
    expect(filterOptions(options, "sun nowhere")).toEqual([]);
  });
});

describe("moveActive", () => {
  it("wraps down and up", () => {
    expect(moveActive(-1, 3, "ArrowDown")).toBe(0);
    expect(moveActive(2, 3, "ArrowDown")).toBe(0);
    expect(moveActive(0, 3, "ArrowUp")).toBe(2);
    expect(moveActive(-1, 3, "ArrowUp")).toBe(2);
  });
  it("pages by ten within bounds", () => {
    expect(moveActive(5, 30, "PageDown")).toBe(15);
    expect(moveActive(25, 30, "PageDown")).toBe(29);
    expect(moveActive(5, 30, "PageUp")).toBe(0);
  });
  it("has no active option in an empty list", () => {
    expect(moveActive(0, 0, "ArrowDown")).toBe(-1);
  });
});

describe("groupOptions", () => {
  it("keeps consecutive options of a group together with their flat index", () => {
    const grouped = groupOptions([
      { id: "a", label: "A", group: "Favorites" },
      { id: "b", label: "B", group: "Recent" },
      { id: "c", label: "C", group: "Recent" },
      { id: "d", label: "D" },
    ]);
    expect(grouped.map((g) => [g.name, g.options.map((o) => `${o.option.id}${o.index}`)])).toEqual([
      ["Favorites", ["a0"]],
      ["Recent", ["b1", "c2"]],
      [undefined, ["d3"]],
    ]);
  });
  it("has no groups for no options", () => {
    expect(groupOptions([])).toEqual([]);
  });
});
