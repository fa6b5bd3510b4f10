/**
 * Our compatibility test: the exact requests Bentley's `@itwin/imodel-browser-react` (its iTwin
 * and iModel grids, thumbnails, favorites, recents) and `UpdateIModel` send, each behind the CORS
 * preflight a browser would make first, must get 2xx answers of the spec's shapes.
 * Source: github.com/iTwin/admin-components-react, packages/modules/imodel-browser
 * (useITwinData, useITwinFavorites, useIModelData, iModelApi, useIModelThumbnail) and
 * packages/modules/create-imodel (UpdateIModel).
 */
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { encodePng } from "./png";
import { SEED } from "./seed-ids";
import { APP_ORIGIN, startTestSim, type TestSim } from "./test-helpers";

const V1 = "application/vnd.bentley.itwin-platform.v1+json";
const V2 = "application/vnd.bentley.itwin-platform.v2+json";
const CORS_SAFE_TYPES = ["application/x-www-form-urlencoded", "multipart/form-data", "text/plain"];

let sim: TestSim;
let bearer: string;
beforeAll(async () => {
  sim = await startTestSim();
  bearer = `Bearer ${await sim.token("editor")}`;
});
afterAll(() => sim.close());
beforeEach(async () => {
  await sim.control("/__sim/reset");
});

/** The header names a browser lists in Access-Control-Request-Headers for these headers. */
function unsafeHeaderNames(headers: Record<string, string>): string[] {
  return Object.entries(headers)
    .filter(([name, value]) => {
      const lower = name.toLowerCase();
      if (lower === "accept") return false;
      if (lower === "content-type") return !CORS_SAFE_TYPES.includes(value.split(";")[0].trim());
      return true;
    })
    .map(([name]) => name.toLowerCase())
    .sort();
}

/** A browser's cross-origin request: the preflight, then the request itself. */
async function replay(
  method: string,
  pathAndQuery: string,
  headers: Record<string, string>,
  body?: BodyInit,
): Promise<Response> {
  const preflight = await fetch(`${sim.apiUrl}${pathAndQuery}`, {
    method: "OPTIONS",
    headers: {
      Origin: APP_ORIGIN,
      "Access-Control-Request-Method": method,
      "Access-Control-Request-Headers": unsafeHeaderNames(headers).join(","),
    },
  });
  expect(preflight.status, `preflight ${method} ${pathAndQuery}`).toBe(204);
  expect(preflight.headers.get("access-control-allow-origin")).toBe(APP_ORIGIN);
  expect(preflight.headers.get("access-control-allow-methods")?.split(",")).toContain(method);
  const allowed = (preflight.headers.get("access-control-allow-headers") ?? "")
    .toLowerCase()
    .split(",")
    .map((h) => h.trim());
  for (const name of unsafeHeaderNames(headers)) expect(allowed, name).toContain(name);

  const res = await fetch(`${sim.apiUrl}${pathAndQuery}`, {
    method,
    headers: { ...headers, Origin: APP_ORIGIN },
    body,
  });
  expect(res.headers.get("access-control-allow-origin")).toBe(APP_ORIGIN);
  expect(res.status, `${method} ${pathAndQuery}`).toBeGreaterThanOrEqual(200);
  expect(res.status, `${method} ${pathAndQuery}`).toBeLessThan(300);
  return res;
}

const iTwinShape = {
  id: expect.any(String),
  displayName: expect.any(String),
  number: expect.any(String),
  subClass: "Project",
  status: expect.stringMatching(/^(Active|Trial)$/),
  dataCenterLocation: expect.any(String),
  createdDateTime: expect.any(String),
};
const iModelShape = {
  id: expect.any(String),
  displayName: expect.any(String),
  name: expect.any(String),
  state: expect.stringMatching(/^(initialized|notInitialized)$/),
  createdDateTime: expect.any(String),
  iTwinId: expect.any(String),
  _links: expect.objectContaining({ creator: { href: expect.any(String) } }),
};
function expectLinks(links: unknown): void {
  const { self, prev, next } = links as Record<string, { href: unknown } | null>;
  expect(self?.href).toEqual(expect.any(String));
  for (const link of [prev, next]) if (link !== null) expect(link.href).toEqual(expect.any(String));
}

describe("Bentley's iTwin grid (useITwinData, useITwinFavorites)", () => {
  const gridHeaders = (cacheControl = "") => ({
    "Cache-Control": cacheControl,
    Authorization: bearer,
    Accept: V1,
    Prefer: "return=representation",
    "x-total-count": "true",
  });
  const iTwinsOf = async (res: Response) => {
    const body = (await res.json()) as { iTwins: unknown[]; _links: unknown };
    expectLinks(body._links);
    for (const t of body.iTwins) expect(t).toMatchObject(iTwinShape);
    return body.iTwins as { id: string; displayName: string }[];
  };

  it("lists all, searched and 'All' subclass iTwins through /itwins/ with $skip", async () => {
    const all = await iTwinsOf(
      await replay("GET", "/itwins/?subClass=Project&$skip=0&$top=100", gridHeaders()),
    );
    expect(all.map((t) => t.id)).toContain(SEED.itwins.sunCity);
    const searched = await iTwinsOf(
      await replay(
        "GET",
        `/itwins/?subClass=Project&$skip=0&$top=100&$search=${encodeURIComponent("Harbor")}&$orderby=${encodeURIComponent("displayName")}`,
        gridHeaders(),
      ),
    );
    expect(searched.map((t) => t.id)).toEqual([SEED.itwins.harborBridge]);
    const anyClass = await iTwinsOf(
      await replay("GET", "/itwins/?subClass=&$skip=0&$top=100", gridHeaders()),
    );
    expect(anyClass.length).toBe(all.length);
    const secondPage = await iTwinsOf(
      await replay("GET", "/itwins/?subClass=Project&$skip=100&$top=100", gridHeaders()),
    );
    expect(secondPage).toEqual([]);
  });

  it("stars an iTwin, then reads its favorites and recents tabs", async () => {
    const starHeaders = { authorization: bearer, Accept: V1 };
    await replay("POST", `/itwins/favorites/${SEED.itwins.kansaiDepot}`, starHeaders);
    const favorites = await iTwinsOf(
      await replay("GET", "/itwins/favorites?subClass=Project", gridHeaders("no-cache")),
    );
    expect(favorites.map((t) => t.id)).toEqual([SEED.itwins.kansaiDepot]);
    const tab = await iTwinsOf(
      await replay("GET", "/itwins/favorites?subClass=Project&$skip=0&$top=100", gridHeaders()),
    );
    expect(tab.map((t) => t.id)).toEqual([SEED.itwins.kansaiDepot]);
    await iTwinsOf(
      await replay("GET", "/itwins/recents?subClass=Project&$skip=0&$top=100", gridHeaders()),
    );
    await replay("DELETE", `/itwins/favorites/${SEED.itwins.kansaiDepot}`, starHeaders);
  });
});

describe("Bentley's iModel grid (useIModelData, iModelApi, useIModelThumbnail)", () => {
  const gridHeaders = () => ({
    Authorization: bearer,
    Prefer: "return=representation",
    Accept: V2,
  });
  const iModelsOf = async (res: Response) => {
    const body = (await res.json()) as { iModels: unknown[]; _links: unknown };
    expectLinks(body._links);
    for (const m of body.iModels) expect(m).toMatchObject(iModelShape);
    return body.iModels as { id: string; name: string }[];
  };
  const campus = encodeURIComponent(SEED.itwins.largeCampus);

  it("pages the 10,000-iModel iTwin through /imodels/ with $orderBy, $skip and $search", async () => {
    const first = await iModelsOf(
      await replay(
        "GET",
        `/imodels/?iTwinId=${campus}&$orderBy=name asc&$skip=0&$top=100`,
        gridHeaders(),
      ),
    );
    expect(first).toHaveLength(100);
    const second = await iModelsOf(
      await replay(
        "GET",
        `/imodels/?iTwinId=${campus}&$orderBy=name asc&$skip=100&$top=100`,
        gridHeaders(),
      ),
    );
    expect(second).toHaveLength(100);
    expect(second[0].id).not.toBe(first[0].id);
    const sorted = [...first, ...second].map((m) => m.name);
    expect(sorted).toEqual(
      [...sorted].sort((a, b) => a.localeCompare(b, "en", { sensitivity: "base" })),
    );
    const far = await iModelsOf(
      await replay("GET", `/imodels/?iTwinId=${campus}&$skip=9950&$top=100`, gridHeaders()),
    );
    expect(far).toHaveLength(50);
    const searched = await iModelsOf(
      await replay(
        "GET",
        `/imodels/?iTwinId=${campus}&$skip=0&$top=100&$search=${encodeURIComponent("Building 00042")}`,
        gridHeaders(),
      ),
    );
    expect(searched.every((m) => m.name.includes("Building 00042"))).toBe(true);
  });

  it("stars and opens an iModel, then reads the favorites and recents tabs", async () => {
    const id = SEED.imodels.sunCityPlant;
    const iTwin = encodeURIComponent(SEED.itwins.sunCity);
    const apiHeaders = { Authorization: bearer, Accept: V2 };
    await replay("PUT", `/imodels/favorites/${id}`, apiHeaders);
    await replay("POST", `/imodels/recents/${encodeURIComponent(id)}`, apiHeaders);
    const starred = (await (
      await replay("GET", `/imodels/favorites?iTwinId=${SEED.itwins.sunCity}`, apiHeaders)
    ).json()) as { iModels: { id: string }[] };
    expect(starred.iModels.map((m) => m.id)).toEqual([id]);
    const favorites = await iModelsOf(
      await replay("GET", `/imodels/favorites?iTwinId=${iTwin}&$skip=0&$top=100`, gridHeaders()),
    );
    expect(favorites.map((m) => m.id)).toEqual([id]);
    const recents = await iModelsOf(
      await replay(
        "GET",
        `/imodels/recents?iTwinId=${iTwin}&$orderBy=name asc&$skip=0&$top=100`,
        gridHeaders(),
      ),
    );
    expect(recents.map((m) => m.id)).toEqual([id]);
    await replay("DELETE", `/imodels/recents/${encodeURIComponent(id)}`, apiHeaders);
    await replay("DELETE", `/imodels/favorites/${id}`, apiHeaders);
  });

  it("downloads thumbnails as PNG", async () => {
    const res = await replay("GET", `/imodels/${SEED.imodels.noExtent}/thumbnail`, gridHeaders());
    expect(res.headers.get("content-type")).toBe("image/png");
    const bytes = Buffer.from(await res.arrayBuffer());
    expect(bytes.subarray(1, 4).toString("ascii")).toBe("PNG");
  });
});

describe("Bentley's UpdateIModel form", () => {
  it("patches the metadata, then uploads the thumbnail with the file's type", async () => {
    const id = SEED.imodels.noExtent;
    const patched = await replay(
      "PATCH",
      `/imodels/${id}`,
      {
        Authorization: bearer,
        Prefer: "return=representation",
        Accept: V2,
        "Content-Type": "application/json",
      },
      JSON.stringify({ name: "Sun City Substation", description: "Renewed", extent: null }),
    );
    expect(((await patched.json()) as { iModel: unknown }).iModel).toMatchObject(iModelShape);
    const png = encodePng(8, 5, (x) => [x * 30, 90, 160]);
    const uploaded = await replay(
      "PUT",
      `/imodels/${id}/thumbnail`,
      { Authorization: bearer, Accept: V2, "Content-Type": "image/png" },
      png,
    );
    expect(uploaded.status).toBe(204);
    const back = await sim.api(`/imodels/${id}/thumbnail`);
    expect(Buffer.from(await back.arrayBuffer()).equals(Buffer.from(png))).toBe(true);
  });
});
