import { describe, expect, it } from "vitest";
import { SEED, largeCampusIModelId } from "./seed-ids";
import { errorOf, useTestSim } from "./test-helpers";

const sim = useTestSim();

const M = SEED.imodels;
const put = (id: string, user = "editor") =>
  sim.api(`/imodels/favorites/${id}`, { method: "PUT", user });
const del = (id: string, user = "editor") =>
  sim.api(`/imodels/favorites/${id}`, { method: "DELETE", user });
interface FavoritesBody {
  iModels: Record<string, unknown>[];
  _links: { next: { href: string } | null };
}
const favorites = async (iTwinId: string, user = "editor", extra = "", prefer?: string) =>
  (await (
    await sim.api(`/imodels/favorites?iTwinId=${iTwinId}${extra}`, {
      user,
      headers: prefer ? { Prefer: prefer } : {},
    })
  ).json()) as FavoritesBody;

describe("favorites", () => {
  it("adds with 204 and no body, idempotently, per user and per iTwin", async () => {
    const first = await put(M.sunCityPlant);
    expect(first.status).toBe(204);
    expect(await first.text()).toBe("");
    expect((await put(M.sunCityPlant)).status).toBe(204);
    expect((await put(M.noExtent)).status).toBe(204);
    expect((await put(M.harborDeck)).status).toBe(204);

    const mine = await favorites(SEED.itwins.sunCity);
    expect(mine.iModels).toEqual([
      { id: M.sunCityPlant, displayName: "Sun City Renewable-energy Plant" },
      { id: M.noExtent, displayName: "Sun City Substation" },
    ]);
    expect((await favorites(SEED.itwins.sunCity, "viewer")).iModels).toEqual([]);
    const full = await favorites(SEED.itwins.harborBridge, "editor", "", "return=representation");
    expect(full.iModels[0]).toMatchObject({
      id: M.harborDeck,
      name: "Harbor Bridge Deck Strengthening",
      state: "initialized",
    });
  });

  it("removes with 204, and answers 404 when it was not a favorite", async () => {
    await put(M.sunCityPlant);
    expect((await del(M.sunCityPlant)).status).toBe(204);
    const again = await del(M.sunCityPlant);
    expect(again.status).toBe(404);
    expect((await errorOf(again)).code).toBe("iModelNotFound");
    expect((await favorites(SEED.itwins.sunCity)).iModels).toEqual([]);
  });

  it("answers 404 for an unknown iModel or one the caller may not view", async () => {
    const unknown = await put("00000000-0000-4000-8000-000000000000");
    expect(unknown.status).toBe(404);
    expect(await errorOf(unknown)).toEqual({
      code: "iModelNotFound",
      message: "Requested iModel is not available.",
    });
    expect((await put(M.metroRestricted, "viewer")).status).toBe(404);
    expect((await del("00000000-0000-4000-8000-000000000000")).status).toBe(404);
  });

  it("answers 422 without iTwinId, and is not mistaken for an iModel id", async () => {
    const res = await sim.api("/imodels/favorites");
    expect(res.status).toBe(422);
    expect((await errorOf(res)).details?.[0]).toMatchObject({ target: "iTwinId" });
  });

  it("pages with continuation links", async () => {
    for (let i = 0; i < 5; i += 1) await put(largeCampusIModelId(i));
    const first = await favorites(SEED.itwins.largeCampus, "editor", "&$top=2");
    expect(first.iModels.map((m) => m.id)).toEqual([
      largeCampusIModelId(0),
      largeCampusIModelId(1),
    ]);
    const next = first._links.next?.href as string;
    expect(next).toContain("$continuationToken=");
    const second = (await (await sim.api(next.slice(sim.apiUrl.length))).json()) as FavoritesBody;
    expect(second.iModels.map((m) => m.id)).toEqual([
      largeCampusIModelId(2),
      largeCampusIModelId(3),
    ]);
  });

  it("answers 429 RateLimitExceeded on writes when the client's budget is spent", async () => {
    await sim.control("/__sim/rate-limit", { perMinute: 1, perHour: 100 });
    expect((await put(M.sunCityPlant)).status).toBe(204);
    const limited = await put(M.sunCityPlant);
    expect(limited.status).toBe(429);
    expect(Number(limited.headers.get("retry-after"))).toBeGreaterThanOrEqual(1);
    expect(await errorOf(limited)).toEqual({
      code: "RateLimitExceeded",
      message:
        "The client sent more requests than allowed by this API for the current tier of the client.",
    });
    const read = await sim.api(`/imodels/favorites?iTwinId=${SEED.itwins.sunCity}`);
    expect(read.status).toBe(429);
    expect((await errorOf(read)).code).toBe("TooManyRequests");
  });
});
