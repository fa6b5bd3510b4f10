import { describe, expect, it } from "vitest";
import type { Extent } from "./extent";
import { closeGroup, emptyHistory, record, redo, undo } from "./extent-history";

const a: Extent = { west: 1, south: 2, east: 3, north: 4 };
const b: Extent = { west: 1.5, south: 2, east: 3, north: 4 };
const c: Extent = { west: 1.5, south: 2.5, east: 3, north: 4 };

describe("extent history", () => {
  it("undoes and redoes step by step", () => {
    let h = record(emptyHistory, a, b);
    h = record(h, b, c);
    const back = undo(h, c)!;
    expect(back.extent).toEqual(b);
    const back2 = undo(back.history, b)!;
    expect(back2.extent).toEqual(a);
    expect(undo(back2.history, a)).toBeNull();
    const forward = redo(back2.history, a)!;
    expect(forward.extent).toEqual(b);
    expect(redo(forward.history, b)!.extent).toEqual(c);
    expect(redo(redo(forward.history, b)!.history, c)).toBeNull();
  });

  it("forgets what was undone once a new change is made", () => {
    const h = record(record(emptyHistory, a, b), b, c);
    const back = undo(h, c)!;
    const branched = record(back.history, b, a);
    expect(branched.future).toEqual([]);
    expect(redo(branched, a)).toBeNull();
    expect(undo(branched, a)!.extent).toEqual(b);
  });

  it("keeps removing the extent (null) as a step", () => {
    const h = record(emptyHistory, a, null);
    expect(undo(h, null)!.extent).toEqual(a);
    expect(redo(undo(h, null)!.history, a)!.extent).toBeNull();
  });

  it("ignores a change to the same extent", () => {
    expect(record(emptyHistory, a, { ...a })).toBe(emptyHistory);
  });

  it("makes one step of a group's changes, until the group is closed", () => {
    let h = record(emptyHistory, a, b, "typed-west");
    h = record(h, b, { ...b, west: 1.55 }, "typed-west");
    expect(h.past).toEqual([a]);
    h = closeGroup(h);
    h = record(h, { ...b, west: 1.55 }, c, "typed-west");
    expect(h.past).toEqual([a, { ...b, west: 1.55 }]);
    // Another field's typing is another step.
    h = record(h, c, a, "typed-south");
    expect(h.past).toHaveLength(3);
  });

  it("keeps at most 100 steps", () => {
    let h = emptyHistory;
    for (let i = 0; i < 150; i++) h = record(h, { ...a, west: i }, { ...a, west: i + 1 });
    expect(h.past).toHaveLength(100);
    expect(h.past[0]).toEqual({ ...a, west: 50 });
  });
});
