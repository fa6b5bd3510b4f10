import { describe, expect, it } from "vitest";
import {
  activeFilterCount,
  readListState,
  serverOrder,
  writeListState,
} from "./list-search-params";

const DEFAULTS = {
  search: "",
  sort: "name asc",
  favoritesOnly: false,
  recentOnly: false,
  view: null,
} as const;

describe("list state in the URL", () => {
  it("ignores an unknown view and keeps a known one", () => {
    expect(readListState(new URLSearchParams("view=gallery")).view).toBeNull();
    expect(readListState(new URLSearchParams("view=table")).view).toBe("table");
  });

  it("reads defaults from an empty query", () => {
    expect(readListState(new URLSearchParams())).toEqual({
      search: "",
      sort: "name asc",
      favoritesOnly: false,
      recentOnly: false,
      view: null,
    });
  });

  it("ignores an unknown sort order", () => {
    expect(readListState(new URLSearchParams("sort=drop table")).sort).toBe("name asc");
  });

  it("round-trips every field and leaves defaults out of the URL", () => {
    const state = {
      search: "bridge",
      sort: "createdDateTime desc" as const,
      favoritesOnly: true,
      recentOnly: true,
      view: "tiles" as const,
    };
    const params = writeListState(state);
    expect(params.toString()).toBe(
      "q=bridge&sort=createdDateTime+desc&favorites=1&recent=1&view=tiles",
    );
    expect(readListState(params)).toEqual(state);
    expect(writeListState({ ...DEFAULTS }).toString()).toBe("");
  });

  it("keeps “Favorites first” in the URL and asks the service for the rest by name", () => {
    const params = writeListState({ ...DEFAULTS, sort: "favorites" });
    expect(params.toString()).toBe("sort=favorites");
    expect(readListState(params).sort).toBe("favorites");
    expect(serverOrder("favorites")).toBe("name asc");
    expect(serverOrder("createdDateTime asc")).toBe("createdDateTime asc");
  });
});

describe("activeFilterCount", () => {
  it("counts what differs from the defaults", () => {
    expect(activeFilterCount(DEFAULTS)).toBe(0);
    expect(
      activeFilterCount({ ...DEFAULTS, search: "x", sort: "name desc", favoritesOnly: true }),
    ).toBe(3);
  });
});
