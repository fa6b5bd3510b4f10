import { describe, expect, it } from "vitest";
import { FIXED_HISTORY, PEOPLE } from "./history";
import { SEED, largeCampusIModelId } from "./seed-ids";
import { errorOf, useTestSim } from "./test-helpers";

const M = SEED.imodels;
const PLANT = FIXED_HISTORY[M.sunCityPlant];
const FULL = { Prefer: "return=representation" };
const UNKNOWN = "00000000-0000-4000-8000-000000000000";
const sim = useTestSim();

interface Changeset {
  id: string;
  index: number;
  parentId: string;
  description: string;
  pushDateTime: string;
  creatorId: string;
  _links: Record<string, { href: string } | null>;
}
interface NamedVersion {
  id: string;
  name: string;
  displayName: string;
  state: string;
  changesetId: string;
  changesetIndex: number;
  createdDateTime: string;
  _links: Record<string, { href: string } | null>;
}
type Links = { next: { href: string } | null; prev: { href: string } | null };

async function json<T>(res: Response): Promise<T> {
  expect(res.status).toBe(200);
  return (await res.json()) as T;
}
const changesets = (id: string, query = "", user = "editor") =>
  sim.api(`/imodels/${id}/changesets${query}`, { user, headers: FULL });
const versions = (id: string, query = "", user = "editor") =>
  sim.api(`/imodels/${id}/namedversions${query}`, { user, headers: FULL });

describe("GET /imodels/{id}/changesets", () => {
  it("lists hundreds of changesets, newest first on request, the last pushed at the iModel's last push", async () => {
    const iModel = (
      await json<{ iModel: { lastChangesetPushDateTime: string } }>(
        await sim.api(`/imodels/${M.sunCityPlant}`),
      )
    ).iModel;
    const body = await json<{ changesets: Changeset[]; _links: Links }>(
      await changesets(M.sunCityPlant, "?$top=5&$orderBy=index desc"),
    );
    expect(body.changesets.map((cs) => cs.index)).toEqual([412, 411, 410, 409, 408]);
    expect(PLANT?.changesets).toBe(412);
    const [latest, before] = body.changesets;
    expect(latest?.pushDateTime).toBe(iModel.lastChangesetPushDateTime);
    expect(latest?.parentId).toBe(before?.id);
    expect(latest?.id).toMatch(/^[0-9a-f]{40}$/);
    expect(latest?.description).not.toBe("");
    expect(latest?._links.creator?.href).toContain(`/imodels/${M.sunCityPlant}/users/`);
    expect(body._links.prev).toBeNull();

    const next = body._links.next?.href ?? "";
    const second = await json<{ changesets: Changeset[] }>(
      await sim.api(next.slice(sim.apiUrl.length), { headers: FULL }),
    );
    expect(second.changesets.map((cs) => cs.index)).toEqual([407, 406, 405, 404, 403]);
  });

  it("is oldest first by default, with the first changeset's parent empty", async () => {
    const body = await json<{ changesets: Changeset[] }>(
      await changesets(M.sunCityPlant, "?$top=2"),
    );
    expect(body.changesets.map((cs) => [cs.index, cs.parentId === ""])).toEqual([
      [1, true],
      [2, false],
    ]);
  });

  it("is empty for an iModel never pushed to, and for one not initialized", async () => {
    for (const id of [M.sunCityWindFarm, M.notInitialized]) {
      const body = await json<{ changesets: Changeset[]; _links: Links }>(await changesets(id));
      expect(body.changesets, id).toEqual([]);
      expect(body._links.next).toBeNull();
    }
  });

  it("is the same after a reset and in another process (a function of the iModel)", async () => {
    const id = largeCampusIModelId(17);
    const first = await (await changesets(id, "?$orderBy=index desc&$top=3")).text();
    await sim.control("/__sim/reset");
    expect(await (await changesets(id, "?$orderBy=index desc&$top=3")).text()).toBe(first);
  });

  it("answers 422 for a bad $orderBy or $top, naming the parameter", async () => {
    const order = await changesets(M.sunCityPlant, "?$orderBy=pushDateTime desc");
    expect(order.status).toBe(422);
    expect((await errorOf(order)).details?.[0]?.target).toBe("$orderBy");
    const top = await changesets(M.sunCityPlant, "?$top=0");
    expect(top.status).toBe(422);
    expect((await errorOf(top)).details?.[0]?.target).toBe("$top");
  });
});

describe("GET /imodels/{id}/namedversions", () => {
  it("lists a few named versions on existing changesets, newest first on request", async () => {
    const body = await json<{ namedVersions: NamedVersion[] }>(
      await versions(M.sunCityPlant, "?$orderBy=changesetIndex desc"),
    );
    expect(body.namedVersions).toHaveLength(PLANT?.versions ?? -1);
    const indexes = body.namedVersions.map((v) => v.changesetIndex);
    expect(indexes).toEqual([...indexes].sort((a, b) => b - a));
    expect(new Set(body.namedVersions.map((v) => v.state))).toEqual(new Set(["visible", "hidden"]));
    const latest = body.namedVersions[0] as NamedVersion;
    expect(latest.displayName).toBe(latest.name);
    expect(latest._links.changeset?.href).toContain(`/changesets/${latest.changesetIndex}`);
    const cs = await json<{ changesets: Changeset[] }>(
      await changesets(M.sunCityPlant, `?$top=1000`),
    );
    expect(cs.changesets[latest.changesetIndex - 1]?.id).toBe(latest.changesetId);
  });

  it("answers minimal entities without Prefer: representation", async () => {
    const res = await sim.api(`/imodels/${M.sunCityPlant}/namedversions?$top=1`);
    const [first] = (await json<{ namedVersions: Record<string, unknown>[] }>(res)).namedVersions;
    expect(Object.keys(first ?? {}).sort()).toEqual([
      "changesetId",
      "changesetIndex",
      "displayName",
      "id",
    ]);
  });

  it("is empty where there is no history", async () => {
    const body = await json<{ namedVersions: NamedVersion[] }>(await versions(M.noExtent));
    expect(body.namedVersions).toEqual([]);
  });
});

describe("GET /imodels/{id}/users/{userId}", () => {
  it("sends the creator with names, e-mail and statistics", async () => {
    const creator = PEOPLE[0]?.id ?? "";
    const body = await json<{
      user: {
        id: string;
        displayName: string;
        email: string;
        statistics: { pushedChangesetsCount: number; applications: unknown[] };
        _links: { self: { href: string } };
      };
    }>(await sim.api(`/imodels/${M.sunCityPlant}/users/${creator}`, { user: "viewer" }));
    expect(body.user).toMatchObject({
      id: creator,
      displayName: "Ada Okafor",
      givenName: "Ada",
      surname: "Okafor",
      email: "ada.okafor@example.com",
    });
    expect(body.user.statistics.pushedChangesetsCount).toBeGreaterThan(0);
    expect(body.user.statistics.applications).toEqual([]);
    expect(body.user._links.self.href).toContain(`/users/${creator}`);
  });

  it("follows the iModel's creator link", async () => {
    const { iModel } = await json<{ iModel: { _links: { creator: { href: string } } } }>(
      await sim.api(`/imodels/${M.noExtent}`),
    );
    const path = iModel._links.creator.href.slice(sim.apiUrl.length);
    const body = await json<{ user: { displayName: string } }>(await sim.api(path));
    expect(body.user.displayName).toBe("Ada Okafor");
  });

  it("answers 404 UserNotFound for someone who is no user of that iModel", async () => {
    const stranger = await sim.api(`/imodels/${M.noExtent}/users/${UNKNOWN}`);
    expect(stranger.status).toBe(404);
    expect((await errorOf(stranger)).code).toBe("UserNotFound");
    // Chen Wei pushed to the plant, but never touched the substation (no changesets there).
    const elsewhere = await sim.api(`/imodels/${M.noExtent}/users/${PEOPLE[2]?.id ?? ""}`);
    expect(elsewhere.status).toBe(404);
  });
});

describe("errors common to the three", () => {
  const paths = (id: string) => [
    `/imodels/${id}/changesets`,
    `/imodels/${id}/namedversions`,
    `/imodels/${id}/users/${PEOPLE[0]?.id ?? ""}`,
  ];

  it("answers 401 without a token", async () => {
    for (const path of paths(M.sunCityPlant)) {
      const res = await sim.api(path, { user: null });
      expect(res.status, path).toBe(401);
    }
  });

  it("answers 404 iModelNotFound for an unknown iModel ", async () => {
    for (const path of paths(UNKNOWN)) {
      const res = await sim.api(path);
      expect(res.status, path).toBe(404);
      expect((await errorOf(res)).code).toBe("iModelNotFound");
    }
  });

  it("answers 403 to a member of the iTwin without imodels_webview on a secured iModel", async () => {
    for (const path of paths(M.metroRestricted)) {
      const res = await sim.api(path, { user: "viewer" });
      expect(res.status, path).toBe(403);
      expect((await errorOf(res)).code).toBe("InsufficientPermissions");
      expect((await sim.api(path, { user: "mixed" })).status, path).not.toBe(403);
    }
  });

  it("answers 429 with Retry-After from the rate limiter", async () => {
    await sim.control("/__sim/rate-limit", { perMinute: 3, perHour: 100 });
    for (const path of paths(M.sunCityPlant)) expect((await sim.api(path)).status).toBe(200);
    for (const path of paths(M.sunCityPlant)) {
      const res = await sim.api(path);
      expect(res.status, path).toBe(429);
      expect(Number(res.headers.get("Retry-After"))).toBeGreaterThan(0);
      expect((await errorOf(res)).code).toBe("TooManyRequests");
    }
  });
});
