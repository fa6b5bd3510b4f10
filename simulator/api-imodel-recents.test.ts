import { describe, expect, it } from "vitest";
import { SEED, largeCampusIModelId } from "./seed-ids";
import { errorOf, useTestSim } from "./test-helpers";

const M = SEED.imodels;
const sim = useTestSim();

const touch = (id: string, user = "editor") =>
  sim.api(`/imodels/recents/${id}`, { method: "POST", user });
interface RecentsBody {
  iModels: { id: string; name?: string; displayName: string }[];
  _links: { next: { href: string } | null };
}
const recents = async (iTwinId: string, user = "editor", extra = "", prefer?: string) => {
  const res = await sim.api(`/imodels/recents?iTwinId=${iTwinId}${extra}`, {
    user,
    headers: prefer ? { Prefer: prefer } : {},
  });
  expect(res.status).toBe(200);
  return (await res.json()) as RecentsBody;
};
const idsOf = (body: RecentsBody) => body.iModels.map((m) => m.id);

describe("recent iModels", () => {
  it("adds with 204, lists the most recent first, per user and iTwin", async () => {
    const first = await touch(M.sunCityPlant);
    expect(first.status).toBe(204);
    expect(await first.text()).toBe("");
    expect((await touch(M.noExtent)).status).toBe(204);
    expect((await touch(M.harborDeck)).status).toBe(204);
    expect((await touch(M.sunCityPlant)).status).toBe(204);

    expect(idsOf(await recents(SEED.itwins.sunCity))).toEqual([M.sunCityPlant, M.noExtent]);
    expect(idsOf(await recents(SEED.itwins.harborBridge))).toEqual([M.harborDeck]);
    expect(idsOf(await recents(SEED.itwins.sunCity, "viewer"))).toEqual([]);
  });

  it("answers minimal items by default and full ones with return=representation", async () => {
    await touch(M.sunCityPlant);
    const minimal = await recents(SEED.itwins.sunCity);
    expect(minimal.iModels[0]).toEqual({ id: M.sunCityPlant, displayName: expect.any(String) });
    const full = await recents(SEED.itwins.sunCity, "editor", "", "return=representation");
    expect(full.iModels[0]).toMatchObject({
      id: M.sunCityPlant,
      name: expect.any(String),
      iTwinId: SEED.itwins.sunCity,
      state: "initialized",
    });
  });

  it("keeps 25 per user and iTwin: the 26th drops the oldest off", async () => {
    for (let i = 0; i < 26; i += 1) expect((await touch(largeCampusIModelId(i))).status).toBe(204);
    const body = await recents(SEED.itwins.largeCampus);
    expect(body.iModels).toHaveLength(25);
    expect(body.iModels[0].id).toBe(largeCampusIModelId(25));
    expect(idsOf(body)).not.toContain(largeCampusIModelId(0));
    expect(idsOf(body)).toContain(largeCampusIModelId(1));
  });

  it("pages with $top and continuation links, and still serves $skip", async () => {
    for (let i = 0; i < 5; i += 1) await touch(largeCampusIModelId(i));
    const first = await recents(SEED.itwins.largeCampus, "editor", "&$top=2");
    expect(idsOf(first)).toEqual([largeCampusIModelId(4), largeCampusIModelId(3)]);
    const next = first._links.next?.href ?? "";
    expect(next).toContain("$continuationToken=");
    const second = (await (await sim.api(next.replace(sim.apiUrl, ""))).json()) as RecentsBody;
    expect(idsOf(second)).toEqual([largeCampusIModelId(2), largeCampusIModelId(1)]);
    const skipped = await recents(SEED.itwins.largeCampus, "editor", "&$skip=4&$top=2");
    expect(idsOf(skipped)).toEqual([largeCampusIModelId(0)]);
  });

  it("removes with 204 (also when it was not recent)", async () => {
    await touch(M.sunCityPlant);
    await touch(M.noExtent);
    const del = await sim.api(`/imodels/recents/${M.sunCityPlant}`, { method: "DELETE" });
    expect(del.status).toBe(204);
    expect(idsOf(await recents(SEED.itwins.sunCity))).toEqual([M.noExtent]);
    expect((await sim.api(`/imodels/recents/${M.longName}`, { method: "DELETE" })).status).toBe(
      204,
    );
  });

  it("answers 404 for unknown or invisible iModels, 422 without iTwinId, 401 without a token", async () => {
    const unknown = await touch("00000000-0000-4000-8000-000000000000");
    expect(unknown.status).toBe(404);
    expect((await errorOf(unknown)).code).toBe("iModelNotFound");
    expect((await touch(M.metroRestricted, "viewer")).status).toBe(404);
    expect(
      (await sim.api(`/imodels/recents/${M.metroRestricted}`, { method: "DELETE", user: "viewer" }))
        .status,
    ).toBe(404);
    const missing = await sim.api("/imodels/recents");
    expect(missing.status).toBe(422);
    expect((await errorOf(missing)).details?.[0].target).toBe("iTwinId");
    expect(
      (await sim.api(`/imodels/recents?iTwinId=${SEED.itwins.sunCity}`, { user: null })).status,
    ).toBe(401);
  });

  it("is counted by the rate limiter and subject to faults", async () => {
    await sim.control("/__sim/faults", { method: "POST", path: "/imodels/recents/*", status: 500 });
    expect((await touch(M.sunCityPlant)).status).toBe(500);
    await sim.control("/__sim/rate-limit", { perMinute: 1, perHour: 100 });
    expect((await touch(M.sunCityPlant)).status).toBe(204);
    const limited = await touch(M.sunCityPlant);
    expect(limited.status).toBe(429);
    expect(Number(limited.headers.get("Retry-After"))).toBeGreaterThan(0);
  });
});
