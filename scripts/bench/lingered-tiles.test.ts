import { describe, expect, it } from "vitest";
import { lingeredIds } from "./lingered-tiles.mjs";

const look = (at: number, ...ids: string[]) => ({ at, ids });

describe("lingeredIds", () => {
  it("counts the first and the last screen as on screen for ever", () => {
    const looks = [look(0, "a"), look(16, "b"), look(32, "c")];
    expect(lingeredIds(looks, 200)).toEqual(new Set(["a", "c"]));
  });

  it("leaves out a tile that flew past between two quick looks", () => {
    const looks = [look(0, "a"), look(16, "b"), look(32, "b"), look(48, "c")];
    expect(lingeredIds(looks, 200).has("b")).toBe(false);
  });

  it("keeps a tile seen from the look before it showed to the look after it went", () => {
    // On screen in the looks at 100 and 250; it may have come just after 0 and gone just before 300.
    const looks = [look(0, "a"), look(100, "b"), look(250, "b"), look(300, "c")];
    expect(lingeredIds(looks, 300).has("b")).toBe(true);
    expect(lingeredIds(looks, 301).has("b")).toBe(false);
  });

  it("judges each stay on its own when a tile comes back", () => {
    const looks = [look(0, "a"), look(10, "b"), look(20, "c"), look(30, "b"), look(500, "d")];
    // The second stay of b lasts from 20 to 500.
    expect(lingeredIds(looks, 200).has("b")).toBe(true);
    expect(lingeredIds([...looks.slice(0, 4), look(40, "d")], 200).has("b")).toBe(false);
  });
});
