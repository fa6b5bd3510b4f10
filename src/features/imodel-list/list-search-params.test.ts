import { describe, expect, it } from "vitest";
import {
  activeFilterCount,
  readListState,
  serverOrder,
  writeListState,
} from "./list-search-params";

describe("list state in the URL", () => {
  it("reads defaults from an empty query", () => {
    expect(readListState(new URLSearchParams())).toEqual({
      search: "",
      sort: "name asc",
      favoritesOnly: false,
    });
  });

  it("ignores an unknown sort order", () => {
    expect(readListState(new URLSearchParams("sort=drop table")).sort).toBe("name asc");
  });

  it("round-trips every field and leaves defaults out of the URL", () => {
    const state = { search: "bridge", sort: "createdDateTime desc" as const, favoritesOnly: true };
    const params = writeListState(state);
    expect(params.toString()).toBe("q=bridge&sort=createdDateTime+desc&favorites=1");
    expect(readListState(params)).toEqual(state);
    expect(writeListState({ search: "", sort: "name asc", favoritesOnly: false }).toString()).toBe(
      "",
    );
  });

  it("keeps “Favorites first” in the URL and asks the service for the rest by name", () => {
    const params = writeListState({ search: "", sort: "favorites", favoritesOnly: false });
    expect(params.toString()).toBe("sort=favorites");
    expect(readListState(params).sort).toBe("favorites");
    expect(serverOrder("favorites")).toBe("name asc");
    expect(serverOrder("createdDateTime asc")).toBe("createdDateTime asc");
  });
});

describe("activeFilterCount", () => {
  it("counts what differs from the defaults", () => {
    expect(activeFilterCount({ search: "", sort: "name asc", favoritesOnly: false })).toBe(0);
    expect(activeFilterCount({ search: "x", sort: "name desc", favoritesOnly: true })).toBe(3);
  });
});
