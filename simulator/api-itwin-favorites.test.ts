import { describe, expect, it } from "vitest";
import { SEED } from "./seed-ids";
import { errorOf, useTestSim } from "./test-helpers";

const V1 = "application/vnd.bentley.itwin-platform.v1+json";
const I = SEED.itwins;
const sim = useTestSim();

const call = (method: string, path: string, user = "editor") =>
  sim.api(path, { method, user, headers: { Accept: V1 } });
const listIds = async (path: string, user = "editor") => {
  const res = await sim.api(path, {
    user,
    headers: { Accept: V1, Prefer: "return=representation" },
  });
  expect(res.status, path).toBe(200);
  const body = (await res.json()) as { iTwins: { id: string }[]; _links: unknown };
  expect(body._links).toBeDefined();
  return body.iTwins.map((t) => t.id);
};

describe("favorite iTwins", () => {
  it("adds, lists and removes per user", async () => {
    const added = await call("POST", `/itwins/favorites/${I.harborBridge}`);
    expect(added.status).toBe(204);
    expect(await added.text()).toBe("");
    expect((await call("POST", `/itwins/favorites/${I.harborBridge}`)).status).toBe(204);
    expect((await call("POST", `/itwins/favorites/${I.kansaiDepot.toUpperCase()}`)).status).toBe(
      204,
    );
    expect(await listIds("/itwins/favorites")).toEqual([I.harborBridge, I.kansaiDepot]);
    expect(await listIds("/itwins/favorites", "viewer")).toEqual([]);

    const removed = await call("DELETE", `/itwins/favorites/${I.harborBridge}`);
    expect(removed.status).toBe(204);
    expect(await listIds("/itwins/favorites/?subClass=Project")).toEqual([I.kansaiDepot]);
  });

  it("checks the iTwin: 404 iTwinNotFound when unknown, 403 when not a member", async () => {
    const unknown = await call("POST", "/itwins/favorites/00000000-0000-4000-8000-000000000000");
    expect(unknown.status).toBe(404);
    expect((await errorOf(unknown)).code).toBe("iTwinNotFound");
    const notMember = await call("POST", `/itwins/favorites/${I.oldMillInactive}`, "viewer");
    expect(notMember.status).toBe(403);
    expect((await call("DELETE", `/itwins/favorites/${I.oldMillInactive}`, "viewer")).status).toBe(
      403,
    );
    expect(
      (await call("DELETE", "/itwins/favorites/00000000-0000-4000-8000-000000000000")).status,
    ).toBe(404);
  });

  it("applies the status rules, $search and $skip/$top to favorites", async () => {
    for (const id of [I.sunCity, I.oldMillInactive, I.metroLine4]) {
      expect((await call("POST", `/itwins/favorites/${id}`)).status).toBe(204);
    }
    expect(await listIds("/itwins/favorites")).toEqual([I.sunCity, I.metroLine4]);
    expect(await listIds("/itwins/favorites?includeInactive=true")).toEqual([
      I.sunCity,
      I.oldMillInactive,
      I.metroLine4,
    ]);
    expect(await listIds("/itwins/favorites?status=Inactive")).toEqual([I.oldMillInactive]);
    expect(await listIds("/itwins/favorites?$search=metro")).toEqual([I.metroLine4]);
    expect(await listIds("/itwins/favorites?$skip=1&$top=1")).toEqual([I.metroLine4]);
    const both = await call("GET", "/itwins/favorites?status=Active&includeInactive=true");
    expect(both.status).toBe(422);
  });

  it("needs a token", async () => {
    const res = await sim.api("/itwins/favorites", { user: null });
    expect(res.status).toBe(401);
  });
});

describe("recent iTwins", () => {
  it("lists the most recent first, per user, and moves a repeated one to the front", async () => {
    for (const id of [I.sunCity, I.harborBridge, I.metroLine4, I.sunCity]) {
      expect((await call("POST", `/itwins/recents/${id}`)).status).toBe(204);
    }
    expect(await listIds("/itwins/recents")).toEqual([I.sunCity, I.metroLine4, I.harborBridge]);
    expect(await listIds("/itwins/recents", "mixed")).toEqual([]);
    expect(await listIds("/itwins/recents?$top=1&$skip=1")).toEqual([I.metroLine4]);
    expect((await call("GET", "/itwins/recents?status=Trial&includeInactive=false")).status).toBe(
      422,
    );
  });

  it("keeps 25: the 26th drops the oldest off", async () => {
    // Only a handful of seed iTwins exist, so the cap is shown with the store's own list below.
    const { PersonalLists, RECENTS_LIMIT } = await import("./personal-lists");
    const lists = new PersonalLists();
    for (let i = 0; i < 26; i += 1) lists.touchITwin("editor", `t${i}`);
    const recents = lists.recentITwins("editor");
    expect(RECENTS_LIMIT).toBe(25);
    expect(recents).toHaveLength(25);
    expect(recents[0]).toBe("t25");
    expect(recents).not.toContain("t0");
  });

  it("checks the iTwin: 404 unknown, 403 not a member, and hides inactive ones by default", async () => {
    expect(
      (await call("POST", "/itwins/recents/00000000-0000-4000-8000-000000000000")).status,
    ).toBe(404);
    expect((await call("POST", `/itwins/recents/${I.oldMillInactive}`, "viewer")).status).toBe(403);
    expect((await call("POST", `/itwins/recents/${I.oldMillInactive}`)).status).toBe(204);
    expect(await listIds("/itwins/recents")).toEqual([]);
    expect(await listIds("/itwins/recents?includeInactive=true")).toEqual([I.oldMillInactive]);
  });
});
