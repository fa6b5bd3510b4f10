import { describe, expect, it } from "vitest";
import { findConflicts, mergeEdits } from "./find-conflicts";
import type { FormValues } from "./form-values";

const loaded: FormValues = {
  name: "Plant",
  description: "Old description",
  extent: { west: 1, south: 2, east: 3, north: 4 },
};

describe("findConflicts", () => {
  it("finds none when nobody else changed anything", () => {
    expect(findConflicts(loaded, loaded, { name: "Mine" })).toEqual([]);
  });

  it("finds none when someone else changed only fields this user did not touch", () => {
    const current = { ...loaded, description: "Theirs" };
    expect(findConflicts(loaded, current, { name: "Mine" })).toEqual([]);
  });

  it("reports a field both changed, with both values", () => {
    const current = { ...loaded, name: "Theirs" };
    expect(findConflicts(loaded, current, { name: "Mine" })).toEqual([
      { field: "name", loaded: "Plant", theirs: "Theirs", yours: "Mine" },
    ]);
  });

  it("finds none when both made the same change", () => {
    const current = { ...loaded, name: "Same" };
    expect(findConflicts(loaded, current, { name: "Same" })).toEqual([]);
  });

  it("compares extents by value", () => {
    const sameCopy = { ...loaded, extent: { ...loaded.extent! } };
    expect(findConflicts(loaded, sameCopy, { extent: null })).toEqual([]);
    const moved = { ...loaded, extent: { west: 0, south: 2, east: 3, north: 4 } };
    expect(findConflicts(loaded, moved, { extent: null })).toEqual([
      { field: "extent", loaded: loaded.extent, theirs: moved.extent, yours: null },
    ]);
  });

  it("reports every conflicting field in form order", () => {
    const current = { name: "T", description: "T", extent: null };
    const conflicts = findConflicts(loaded, current, {
      extent: { west: 5, south: 6, east: 7, north: 8 },
      name: "Y",
    });
    expect(conflicts.map((c) => c.field)).toEqual(["name", "extent"]);
  });
});

describe("mergeEdits", () => {
  const current = { name: "Theirs", description: "Their description", extent: null };

  it("takes the server's values for untouched fields and keeps the user's changes", () => {
    expect(mergeEdits(current, { name: "Mine" })).toEqual({ ...current, name: "Mine" });
  });

  it("follows the user's choice per field", () => {
    const dirty = { name: "Mine", description: "My description" };
    expect(mergeEdits(current, dirty, { name: "theirs", description: "yours" })).toEqual({
      ...current,
      description: "My description",
    });
  });
});

describe("own earlier saves", () => {
  it("are no conflict", () => {
    const loaded = { name: "Old", description: "", extent: null };
    const current = { ...loaded, name: "My first save" };
    const isOwn = (field: string, value: unknown) => field === "name" && value === "My first save";
    expect(findConflicts(loaded, current, { name: "My second save" })).toHaveLength(1);
    expect(findConflicts(loaded, current, { name: "My second save" }, isOwn)).toEqual([]);
  });
});
