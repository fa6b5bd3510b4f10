import { describe, expect, it } from "vitest";
import type { IModel } from "../../api/imodels";
import { planRenames, replaceInName } from "./rename-plan";
import { testIModel } from "../../api/imodel-fixture";

const m = (id: string, name: string): IModel => testIModel(id, { name });

describe("planRenames", () => {
  it("replaces every occurrence, literally, with or without case", () => {
    const rule = { find: "a.b", replace: "$1", matchCase: true };
    expect(replaceInName("a.b A.B a.b", rule)).toBe("$1 A.B $1");
    expect(replaceInName("a.b A.B", { ...rule, matchCase: false })).toBe("$1 $1");
  });

  it("lists only the names that change, with a collision against a known iModel", () => {
    const selected = [m("1", "North Tower v1"), m("2", "South Tower v1"), m("3", "Plaza")];
    const known = [...selected, m("4", "north tower v2")];
    const rows = planRenames(selected, known, { find: "v1", replace: "v2", matchCase: true });
    expect(rows.map((r) => [r.name, r.problem])).toEqual([
      ["North Tower v2", "“north tower v2” already has this name."],
      ["South Tower v2", null],
    ]);
  });

  it("a name freed by the same rename is no collision; two new names alike are", () => {
    const selected = [m("1", "A1"), m("2", "A2"), m("3", "B2")];
    const rows = planRenames(selected, selected, { find: "A", replace: "B", matchCase: true });
    expect(rows.map((r) => r.problem)).toEqual([null, "“B2” already has this name."]);
    const swap = planRenames([m("1", "X-a"), m("2", "X-b")], [], {
      find: "-a",
      replace: "-b",
      matchCase: true,
    });
    expect(swap[0]!.problem).toBe("“X-b” already has this name.");
    const twins = planRenames([m("1", "Pa"), m("2", "PA")], [], {
      find: "a",
      replace: "b",
      matchCase: false,
    });
    expect(twins.map((r) => r.problem)).toEqual([
      "Another selected iModel would get the same name.",
      "Another selected iModel would get the same name.",
    ]);
  });

  it("holds the new names to the form's name rule", () => {
    const rows = planRenames([m("1", "old"), m("2", "x")], [], {
      find: "old",
      replace: "",
      matchCase: true,
    });
    expect(rows[0]!.problem).toMatch(/cannot be empty/);
    const long = planRenames([m("1", "x")], [], {
      find: "x",
      replace: "y".repeat(256),
      matchCase: true,
    });
    expect(long[0]!.problem).toMatch(/at most 255/);
  });
});
