import { describe, expect, it } from "vitest";
import { SEED, largeCampusIModelId } from "./seed-ids";
import { errorOf, useTestSim, type TestSim } from "./test-helpers";

interface ListBody {
  iModels: Record<string, unknown>[];
  _links: { self: { href: string }; prev: { href: string } | null; next: { href: string } | null };
}

const sim = useTestSim({ reset: false });

const list = async (query: string, init?: Parameters<TestSim["api"]>[1]) =>
  sim.api(`/imodels?${query}`, init);

describe("GET /imodels", () => {
  it("lists minimal items by default, with absolute links on the stand-in's origin", async () => {
    const res = await list(`iTwinId=${SEED.itwins.sunCity}`);
    expect(res.status).toBe(200);
    const body = (await res.json()) as ListBody;
    expect(body.iModels.length).toBeGreaterThan(5);
    expect(Object.keys(body.iModels[0] as object).sort()).toEqual(["displayName", "id"]);
    expect(body._links.self.href.startsWith(`${sim.apiUrl}/imodels?`)).toBe(true);
    expect(body._links.prev).toBeNull();
    expect(body._links.next).toBeNull();
  });

  it("compresses a list when the client accepts gzip, as a real API does", async () => {
    const res = await list(`iTwinId=${SEED.itwins.sunCity}`, {
      headers: { "Accept-Encoding": "gzip" },
    });
    expect(res.headers.get("content-encoding")).toBe("gzip");
    expect(((await res.json()) as ListBody).iModels.length).toBeGreaterThan(5);
  });

  it("returns full iModels with Prefer: return=representation, shaped like the spec", async () => {
    const res = await list(
      `iTwinId=${SEED.itwins.sunCity}&name=${encodeURIComponent("Sun City Renewable-energy Plant")}`,
      {
        headers: { Prefer: "return=representation" },
      },
    );
    const body = (await res.json()) as ListBody;
    expect(body.iModels).toHaveLength(1);
    const m = body.iModels[0] as Record<string, unknown>;
    expect(m).toMatchObject({
      id: SEED.imodels.sunCityPlant,
      displayName: "Sun City Renewable-energy Plant",
      name: "Sun City Renewable-energy Plant",
      description: "Overall model of wind and solar farms in Sun City",
      state: "initialized",
      createdDateTime: "2020-10-20T10:51:33.1700000Z",
      iTwinId: SEED.itwins.sunCity,
      isSecured: false,
      dataCenterLocation: "East US",
      containersEnabled: 0,
      extent: {
        southWest: { latitude: 46.13267702834806, longitude: 7.672120009938448 },
        northEast: { latitude: 46.302763954781234, longitude: 7.835541640797823 },
      },
    });
    expect(m._links).toEqual({
      creator: {
        href: expect.stringMatching(
          new RegExp(`^${sim.apiUrl}/imodels/${SEED.imodels.sunCityPlant}/users/`),
        ),
      },
      changesets: { href: `${sim.apiUrl}/imodels/${SEED.imodels.sunCityPlant}/changesets` },
      namedVersions: { href: `${sim.apiUrl}/imodels/${SEED.imodels.sunCityPlant}/namedversions` },
    });
  });

  it("searches name or description, case-insensitively, and filters by state", async () => {
    const byDescription = (await (
      await list(`iTwinId=${SEED.itwins.sunCity}&$search=WAITING FOR`)
    ).json()) as ListBody;
    expect(byDescription.iModels.map((m) => m.id)).toEqual([SEED.imodels.notInitialized]);
    const byState = (await (
      await list(`iTwinId=${SEED.itwins.sunCity}&state=notInitialized`)
    ).json()) as ListBody;
    expect(byState.iModels.map((m) => m.id)).toEqual([SEED.imodels.notInitialized]);
    const nonLatin = (await (
      await list(`iTwinId=${SEED.itwins.aegeanPort}&$search=${encodeURIComponent("πειραιά")}`)
    ).json()) as ListBody;
    expect(nonLatin.iModels.map((m) => m.id)).toEqual([SEED.imodels.greek]);
  });

  it("orders by name and by createdDateTime, both directions", async () => {
    const names = async (order: string) =>
      (
        (await (
          await list(`iTwinId=${SEED.itwins.harborBridge}&$orderBy=${encodeURIComponent(order)}`)
        ).json()) as ListBody
      ).iModels.map((m) => m.displayName as string);
    const asc = await names("name asc");
    expect(asc).toEqual([...asc].sort((a, b) => a.localeCompare(b, "en", { sensitivity: "base" })));
    expect(await names("name desc")).toEqual([...asc].reverse());

    const dates = async (order: string) =>
      (
        (await (
          await list(`iTwinId=${SEED.itwins.metroLine4}&$orderBy=${encodeURIComponent(order)}`, {
            headers: { Prefer: "return=representation" },
          })
        ).json()) as ListBody
      ).iModels.map((m) => m.createdDateTime as string);
    const created = await dates("createdDateTime asc");
    expect(created).toEqual([...created].sort());
    expect(await dates("createdDateTime desc")).toEqual([...created].sort().reverse());
  });

  it("pages the 10,000-iModel iTwin with continuation links, quickly", async () => {
    const started = Date.now();
    let url: string | null =
      `${sim.apiUrl}/imodels?iTwinId=${SEED.itwins.largeCampus}&$top=1000&$orderBy=name%20asc`;
    const seen = new Set<string>();
    let pages = 0;
    let previous = "";
    while (url) {
      expect(url).not.toContain("$skip");
      const res = await sim.api(url.slice(sim.apiUrl.length));
      expect(res.status).toBe(200);
      const body = (await res.json()) as ListBody;
      for (const m of body.iModels) {
        expect(
          (m.displayName as string).localeCompare(previous, "en", { sensitivity: "base" }),
        ).toBeGreaterThanOrEqual(0);
        previous = m.displayName as string;
        seen.add(m.id as string);
      }
      if (pages > 0) expect(body._links.prev).not.toBeNull();
      url = body._links.next?.href ?? null;
      if (url) expect(url).toContain("$continuationToken=");
      pages += 1;
    }
    expect(pages).toBe(10);
    expect(seen.size).toBe(10_000);
    expect(seen.has(largeCampusIModelId(9_999))).toBe(true);
    expect(Date.now() - started).toBeLessThan(5_000);
  });

  it("defaults $top to 100 and still accepts the deprecated $skip", async () => {
    const first = (await (await list(`iTwinId=${SEED.itwins.largeCampus}`)).json()) as ListBody;
    expect(first.iModels).toHaveLength(100);
    expect(first._links.next?.href).toContain("$top=100");
    const skipped = (await (
      await list(`iTwinId=${SEED.itwins.largeCampus}&$skip=100&$top=5`)
    ).json()) as ListBody;
    expect(skipped.iModels[0]?.id).toBe(largeCampusIModelId(100));
  });

  it("answers 404 iTwinNotFound for an unknown iTwin", async () => {
    const res = await list("iTwinId=00000000-0000-4000-8000-000000000000");
    expect(res.status).toBe(404);
    expect((await errorOf(res)).code).toBe("iTwinNotFound");
  });

  it.each([
    ["$top=0", "$top"],
    ["$top=1001", "$top"],
    ["$top=abc", "$top"],
    ["$orderBy=size%20asc", "$orderBy"],
    ["state=broken", "state"],
    ["$continuationToken=not-a-token", "$continuationToken"],
  ])("answers 422 InvalidiModelsRequest for %s", async (query, target) => {
    const res = await list(`iTwinId=${SEED.itwins.sunCity}&${query}`);
    expect(res.status).toBe(422);
    const error = await errorOf(res);
    expect(error.code).toBe("InvalidiModelsRequest");
    expect(error.details).toEqual([expect.objectContaining({ code: "InvalidValue", target })]);
  });

  it("refuses a continuation token used with another query", async () => {
    const first = (await (
      await list(`iTwinId=${SEED.itwins.largeCampus}&$top=10`)
    ).json()) as ListBody;
    const token = new URL(first._links.next?.href as string).searchParams.get(
      "$continuationToken",
    ) as string;
    const res = await list(
      `iTwinId=${SEED.itwins.largeCampus}&$top=10&$search=North&$continuationToken=${token}`,
    );
    expect(res.status).toBe(422);
  });

  it("answers 422 when iTwinId is missing", async () => {
    const res = await sim.api("/imodels");
    expect(res.status).toBe(422);
    expect((await errorOf(res)).details?.[0]?.target).toBe("iTwinId");
  });

  it("hides iModels the caller may not view", async () => {
    const ids = async (user: string) =>
      (
        (await (await list(`iTwinId=${SEED.itwins.metroLine4}`, { user })).json()) as ListBody
      ).iModels.map((m) => m.id);
    expect(await ids("editor")).toContain(SEED.imodels.metroRestricted);
    expect(await ids("viewer")).not.toContain(SEED.imodels.metroRestricted);
  });
});

describe("GET /itwins", () => {
  it("lists the caller's iTwins with the spec's fields", async () => {
    const res = await sim.api("/itwins?subClass=Project", {
      headers: {
        Accept: "application/vnd.bentley.itwin-platform.v1+json",
        Prefer: "return=representation",
      },
    });
    expect(res.status).toBe(200);
    const body = (await res.json()) as { iTwins: Record<string, unknown>[] };
    const names = body.iTwins.map((t) => t.displayName);
    expect(names).toEqual(
      expect.arrayContaining([
        "Sun City Renewable-energy",
        "Harbor Bridge Retrofit",
        "Large Campus Portfolio",
      ]),
    );
    expect(body.iTwins[0]).toEqual(
      expect.objectContaining({
        id: SEED.itwins.sunCity,
        number: expect.any(String),
        subClass: "Project",
        status: "Active",
        dataCenterLocation: "East US",
        createdDateTime: expect.any(String),
      }),
    );
    const searched = (await (await sim.api("/itwins?$search=harbor")).json()) as {
      iTwins: { id: string }[];
    };
    expect(searched.iTwins.map((t) => t.id)).toEqual([SEED.itwins.harborBridge]);
  });
});
