import { describe, expect, it } from "vitest";
import { testIModel } from "../../api/imodel-fixture";
import { runChange, sameValue, type ChangeOps } from "./change-attempt";
import { planDescription, planExtent } from "./plan-changes";

const box = (south: number, west: number, north: number, east: number) => ({
  southWest: { latitude: south, longitude: west },
  northEast: { latitude: north, longitude: east },
});
const SITE = box(46.2, 7.7, 46.26, 7.79);

describe("planExtent", () => {
  it("plans the iModels whose extent differs, with the extent each has now", () => {
    const changes = planExtent(
      [
        testIModel("a"),
        testIModel("b", { extent: SITE }),
        testIModel("c", { extent: box(1, 2, 3, 4) }),
      ],
      SITE,
    );
    expect(changes.map((c) => [c.iModelId, c.field, c.before, c.after])).toEqual([
      ["a", "extent", null, SITE],
      ["c", "extent", box(1, 2, 3, 4), SITE],
    ]);
  });

  it("clears only the iModels that have an extent", () => {
    const changes = planExtent([testIModel("a"), testIModel("b", { extent: SITE })], null);
    expect(changes.map((c) => [c.iModelId, c.before, c.after])).toEqual([["b", SITE, null]]);
  });
});

describe("planDescription", () => {
  it("plans the iModels whose description differs; clearing leaves out those without one", () => {
    const iModels = [
      testIModel("a"),
      testIModel("b", { description: "Superseded" }),
      testIModel("c", { description: "Issued" }),
    ];
    const set = planDescription(iModels, "Superseded");
    expect(set.map((c) => [c.iModelId, c.field, c.before, c.after])).toEqual([
      ["a", "description", null, "Superseded"],
      ["c", "description", "Issued", "Superseded"],
    ]);
    expect(planDescription(iModels, null).map((c) => c.iModelId)).toEqual(["b", "c"]);
  });
});

describe("sameValue", () => {
  it("does not care in which order an extent's keys come back", () => {
    const reordered = {
      northEast: { longitude: 7.79, latitude: 46.26 },
      southWest: { longitude: 7.7, latitude: 46.2 },
    };
    expect(sameValue(reordered, SITE)).toBe(true);
    expect(sameValue(box(46.2, 7.7, 46.26, 7.8), SITE)).toBe(false);
    expect(sameValue(undefined, null)).toBe(true);
  });
});

describe("an extent change at sending time", () => {
  const ops = (extent: unknown, sent: unknown[]): ChangeOps => ({
    read: () => Promise.resolve({ name: "n", description: null, extent }),
    patch: (_id, _field, value) => {
      sent.push(value);
      return Promise.resolve(value);
    },
    favorite: () => Promise.resolve(),
  });
  const [change] = planExtent([testIModel("a", { extent: box(1, 2, 3, 4) })], SITE);

  it("is sent when the extent is still the planned one", async () => {
    const sent: unknown[] = [];
    expect((await runChange(change!, ops(box(1, 2, 3, 4), sent))).status).toBe("done");
    expect(sent).toEqual([SITE]);
  });

  it("is a conflict, not sent, when someone else set another extent", async () => {
    const sent: unknown[] = [];
    const outcome = await runChange(change!, ops(box(9, 9, 10, 10), sent));
    expect(outcome).toEqual({ status: "conflict", current: box(9, 9, 10, 10) });
    expect(sent).toEqual([]);
  });

  it("is done without sending when the service already holds it (keys in another order)", async () => {
    const sent: unknown[] = [];
    const stored = { northEast: SITE.northEast, southWest: SITE.southWest };
    expect(await runChange(change!, ops(stored, sent))).toMatchObject({ already: true });
    expect(sent).toEqual([]);
  });
});
