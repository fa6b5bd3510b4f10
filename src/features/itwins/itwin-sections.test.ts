import { describe, expect, it } from "vitest";
import type { ITwin } from "../../api/itwins";
import { buildITwinSections } from "./itwin-sections";

function iTwin(id: string, displayName = id, status = "Active"): ITwin {
  return {
    id,
    displayName,
    number: null,
    status,
    latitude: null,
    longitude: null,
    geographicLocation: null,
  };
}
const all = [iTwin("c", "Cedar"), iTwin("a", "Alder"), iTwin("b", "Birch"), iTwin("d", "Dogwood")];
const summary = (sections: ReturnType<typeof buildITwinSections>) =>
  sections.map((s) => `${s.label}: ${s.iTwins.map((t) => t.id).join(",")}`);

describe("buildITwinSections", () => {
  it("puts favorites (service order), then recents (newest first), then the rest by name", () => {
    const sections = buildITwinSections({
      all,
      favoriteIds: ["d", "b"],
      recentIds: ["c", "b", "a"],
      mode: "distinct",
    });
    expect(summary(sections)).toEqual(["Favorites: d,b", "Recent: c,a"]);
  });

  it("lists each iTwin once in distinct mode, and every iTwin under All in complete mode", () => {
    const input = { all, favoriteIds: ["b"], recentIds: ["c"] };
    expect(summary(buildITwinSections({ ...input, mode: "distinct" }))).toEqual([
      "Favorites: b",
      "Recent: c",
      "All iTwins: a,d",
    ]);
    expect(summary(buildITwinSections({ ...input, mode: "complete" }))).toEqual([
      "Favorites: b",
      "Recent: c",
      "All iTwins: a,b,c,d",
    ]);
  });

  it("drops ids the user cannot see now (hidden inactive, removed) and repeated ids", () => {
    const sections = buildITwinSections({
      all,
      favoriteIds: ["gone", "a", "a"],
      recentIds: ["inactive", "d", "d"],
      mode: "distinct",
    });
    expect(summary(sections)).toEqual(["Favorites: a", "Recent: d", "All iTwins: b,c"]);
  });

  it("keeps at most recentLimit recents, counted after the favorites are left out", () => {
    const sections = buildITwinSections({
      all,
      favoriteIds: ["a"],
      recentIds: ["a", "b", "c", "d"],
      recentLimit: 2,
      mode: "distinct",
    });
    expect(summary(sections)).toEqual(["Favorites: a", "Recent: b,c", "All iTwins: d"]);
  });

  it("leaves out empty sections, and sorts names as people read numbers", () => {
    const numbered = [iTwin("x", "Site 10"), iTwin("y", "site 9"), iTwin("z", "Site 1")];
    expect(
      summary(
        buildITwinSections({ all: numbered, favoriteIds: [], recentIds: [], mode: "distinct" }),
      ),
    ).toEqual(["All iTwins: z,y,x"]);
    expect(
      buildITwinSections({ all: [], favoriteIds: ["a"], recentIds: [], mode: "complete" }),
    ).toEqual([]);
  });
});
