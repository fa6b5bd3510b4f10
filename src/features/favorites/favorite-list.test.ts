import { describe, expect, it } from "vitest";
import type { IModel } from "../../api/imodels";
import {
  favoritesFirst,
  favoritesView,
  matchesSearch,
  sortIModels,
  withPending,
} from "./favorite-list";

function iModel(
  id: string,
  name: string,
  created = "2024-01-01T00:00:00Z",
  description: string | null = null,
): IModel {
  return {
    id,
    displayName: name,
    name,
    description,
    state: "initialized",
    createdDateTime: created,
    iTwinId: "twin",
    extent: null,
  };
}

const bridge = iModel("1", "bridge", "2022-01-01T00:00:00Z", "Deck and PIERS");
const apple = iModel("2", "Apple", "2024-01-01T00:00:00Z");
const zulu = iModel("3", "Ärger zulu", "2020-01-01T00:00:00Z");

describe("favorites list helpers", () => {
  it("searches name and description, ignoring case", () => {
    expect(matchesSearch(bridge, "BRID")).toBe(true);
    expect(matchesSearch(bridge, "piers")).toBe(true);
    expect(matchesSearch(apple, "piers")).toBe(false);
    expect(matchesSearch(apple, "  ")).toBe(true);
  });

  it("sorts like the service: names ignoring case and accents, dates as given", () => {
    expect(sortIModels([bridge, zulu, apple], "name asc").map((m) => m.name)).toEqual([
      "Apple",
      "Ärger zulu",
      "bridge",
    ]);
    expect(sortIModels([bridge, zulu, apple], "name desc").map((m) => m.name)).toEqual([
      "bridge",
      "Ärger zulu",
      "Apple",
    ]);
    expect(sortIModels([bridge, zulu, apple], "createdDateTime desc").map((m) => m.id)).toEqual([
      "2",
      "1",
      "3",
    ]);
    expect(sortIModels([bridge, zulu, apple], "createdDateTime asc").map((m) => m.id)).toEqual([
      "3",
      "1",
      "2",
    ]);
  });

  it("filters then sorts the favorites", () => {
    expect(favoritesView([bridge, zulu, apple], "e", "name asc").map((m) => m.id)).toEqual([
      "2",
      "3",
      "1",
    ]);
    expect(favoritesView([bridge, zulu, apple], "piers", "name asc").map((m) => m.id)).toEqual([
      "1",
    ]);
  });

  it("applies the stars still on their way, for this iTwin only", () => {
    const other = { ...iModel("9", "elsewhere"), iTwinId: "other" };
    const pending = [
      { iModel: bridge, wanted: false },
      { iModel: zulu, wanted: true },
      { iModel: other, wanted: true },
    ];
    expect(withPending([bridge, apple], pending, "twin").map((m) => m.id)).toEqual(["2", "3"]);
  });

  it("puts favorites first without repeating them", () => {
    expect(favoritesFirst([zulu], [apple, bridge, zulu]).map((m) => m.id)).toEqual(["3", "2", "1"]);
  });
});
