import { describe, expect, it } from "vitest";
import type { IModel } from "../../api/imodels";
import { EMPTY_SELECTION, selectMany, toggleOne, toggleRange } from "./selection";
import { testIModel } from "../../api/imodel-fixture";

const rows: IModel[] = Array.from({ length: 8 }, (_, i) =>
  testIModel(`m${i}`, { name: `Model ${i}` }),
);
const ids = (s: { selected: ReadonlyMap<string, IModel> }) => [...s.selected.keys()].sort();

describe("selection", () => {
  it("toggles one row and remembers it as the anchor", () => {
    const one = toggleOne(EMPTY_SELECTION, rows[2]!);
    expect(ids(one)).toEqual(["m2"]);
    expect(one.anchor).toBe("m2");
    expect(ids(toggleOne(one, rows[2]!))).toEqual([]);
  });

  it("Shift selects every row from the anchor to the clicked one, either direction", () => {
    const anchored = toggleOne(EMPTY_SELECTION, rows[5]!);
    expect(ids(toggleRange(anchored, rows, rows[2]!))).toEqual(["m2", "m3", "m4", "m5"]);
    const down = toggleRange(toggleOne(EMPTY_SELECTION, rows[1]!), rows, rows[3]!);
    expect(ids(down)).toEqual(["m1", "m2", "m3"]);
  });

  it("Shift on a selected row clears the range", () => {
    let s = toggleRange(toggleOne(EMPTY_SELECTION, rows[0]!), rows, rows[6]!);
    s = toggleOne(s, rows[3]!); // m3 off, anchor m3
    s = toggleRange(s, rows, rows[5]!); // m5 is selected: m3..m5 go off
    expect(ids(s)).toEqual(["m0", "m1", "m2", "m6"]);
  });

  it("without an anchor in the rows shown a Shift toggle is a plain toggle", () => {
    const s = toggleRange(EMPTY_SELECTION, rows, rows[4]!);
    expect(ids(s)).toEqual(["m4"]);
    const elsewhere = { selected: new Map(), anchor: "gone" };
    expect(ids(toggleRange(elsewhere, rows, rows[1]!))).toEqual(["m1"]);
  });

  it("select many stops at the cap and says so", () => {
    const { selection, capped } = selectMany(toggleOne(EMPTY_SELECTION, rows[7]!), rows, 5);
    expect(selection.selected.size).toBe(5);
    expect(capped).toBe(true);
    expect(selectMany(EMPTY_SELECTION, rows, 8).capped).toBe(false);
  });
});
