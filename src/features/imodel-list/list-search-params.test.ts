import { describe, expect, it } from "vitest";
import { readListState, writeListState } from "./list-search-params";

describe("list state in the URL", () => {
  it("reads defaults from an empty query", () => {
    expect(readListState(new URLSearchParams())).toEqual({ search: "", orderBy: "name asc", favoritesOnly: false });
  });

  it("ignores an unknown sort order", () => {
    expect(readListState(new URLSearchParams("sort=drop table")).orderBy).toBe("name asc");
  });

  it("round-trips every field and leaves defaults out of the URL", () => {
    const state = { search: "bridge", orderBy: "createdDateTime desc" as const, favoritesOnly: true };
    const params = writeListState(state);
    expect(params.toString()).toBe("q=bridge&sort=createdDateTime+desc&favorites=1");
    expect(readListState(params)).toEqual(state);
    expect(writeListState({ search: "", orderBy: "name asc", favoritesOnly: false }).toString()).toBe("");
  });
});
