import { describe, expect, it } from "vitest";
import { SEED } from "./seed-ids";
import { errorOf, useTestSim } from "./test-helpers";

const V1 = "application/vnd.bentley.itwin-platform.v1+json";
const sim = useTestSim();

interface ITwinsBody {
  iTwins: {
    id: string;
    status: string;
    latitude?: number | null;
    longitude?: number | null;
    geographicLocation?: string | null;
  }[];
  _links: { self: { href: string }; prev: { href: string } | null; next: { href: string } | null };
}
const list = async (pathAndQuery: string, user = "editor") => {
  const res = await sim.api(pathAndQuery, {
    user,
    headers: { Accept: V1, Prefer: "return=representation" },
  });
  return { res, body: res.status === 200 ? ((await res.json()) as ITwinsBody) : undefined };
};
const ids = (body?: ITwinsBody) => body?.iTwins.map((t) => t.id) ?? [];

describe("GET /itwins: status, includeInactive, location, paging", () => {
  it("lists Active and Trial iTwins only, unless asked for inactive ones", async () => {
    const plain = await list("/itwins?subClass=Project");
    expect(plain.res.status).toBe(200);
    expect(ids(plain.body)).toContain(SEED.itwins.sunCity);
    expect(ids(plain.body)).not.toContain(SEED.itwins.oldMillInactive);
    expect(plain.body?.iTwins.every((t) => t.status !== "Inactive")).toBe(true);

    const all = await list("/itwins?subClass=Project&includeInactive=true");
    expect(ids(all.body)).toContain(SEED.itwins.oldMillInactive);
    expect(ids(all.body)).toContain(SEED.itwins.sunCity);

    const inactive = await list("/itwins?status=Inactive");
    expect(ids(inactive.body)).toEqual([SEED.itwins.oldMillInactive]);
    const active = await list("/itwins?status=active");
    expect(ids(active.body)).not.toContain(SEED.itwins.oldMillInactive);
    expect(ids(active.body).length).toBe(ids(plain.body).length);
  });

  it("answers 422 for status together with includeInactive, or a bad value", async () => {
    for (const query of [
      "status=Active&includeInactive=true",
      "status=Inactive&includeInactive=false",
      "status=Closed",
      "includeInactive=maybe",
    ]) {
      const { res } = await list(`/itwins?${query}`);
      expect(res.status, query).toBe(422);
      expect((await errorOf(res)).code).toBe("InvalidiTwinsRequest");
    }
  });

  it("gives latitude, longitude and place name; one iTwin has no location", async () => {
    const { body } = await list("/itwins");
    const sunCity = body?.iTwins.find((t) => t.id === SEED.itwins.sunCity);
    expect(sunCity).toMatchObject({ geographicLocation: expect.stringContaining("Switzerland") });
    expect(sunCity?.latitude).toBeCloseTo(46.22, 1);
    expect(sunCity?.longitude).toBeCloseTo(7.75, 1);
    const greenfield = body?.iTwins.find((t) => t.id === SEED.itwins.greenfieldEmpty);
    expect(greenfield).toMatchObject({ latitude: null, longitude: null, geographicLocation: null });
  });

  it("hides an iTwin the user is not a member of, even when inactive ones are asked for", async () => {
    const { body } = await list("/itwins?includeInactive=true", "viewer");
    expect(ids(body)).not.toContain(SEED.itwins.oldMillInactive);
    expect(ids(body)).toContain(SEED.itwins.sunCity);
  });

  it("serves $skip with $top, any $skip, and the path with a trailing slash", async () => {
    const all = ids((await list("/itwins")).body);
    const second = await list("/itwins/?subClass=Project&$skip=2&$top=2");
    expect(second.res.status).toBe(200);
    expect(ids(second.body)).toEqual(all.slice(2, 4));
    expect(second.body?._links.next?.href).toContain("$skip=4");
    expect(second.body?._links.prev?.href).toContain("$skip=0");
    const far = await list("/itwins?$skip=5000&$top=10");
    expect(far.res.status).toBe(200);
    expect(far.body?.iTwins).toEqual([]);
  });
});
