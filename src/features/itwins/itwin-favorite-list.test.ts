import { describe, expect, it } from "vitest";
import type { ITwin } from "../../api/itwins";
import { withFavorite } from "./itwin-favorite-list";

const t = (id: string): ITwin => ({
  id,
  displayName: id,
  latitude: null,
  longitude: null,
  geographicLocation: null,
});

describe("withFavorite", () => {
  it("adds at the end, keeps the place of one already there, and removes", () => {
    const list = [t("a"), t("b")];
    expect(withFavorite(list, t("c"), true).map((i) => i.id)).toEqual(["a", "b", "c"]);
    expect(withFavorite(list, t("a"), true).map((i) => i.id)).toEqual(["a", "b"]);
    expect(withFavorite(list, t("a"), false).map((i) => i.id)).toEqual(["b"]);
    expect(withFavorite(list, t("z"), false)).toEqual(list);
  });
});
