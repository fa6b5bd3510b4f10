import { describe, expect, it } from "vitest";
import { APP_ORIGIN, errorOf, useTestSim } from "./test-helpers";

const sim = useTestSim({ reset: false });

type Hit = { display_name: string; lat: string; lon: string; boundingbox: string[] };

async function search(query: string): Promise<Hit[]> {
  const res = await sim.api(`/geocoder/search?${query}`, { user: null });
  expect(res.status, query).toBe(200);
  return (await res.json()) as Hit[];
}

describe("the stand-in geocoder (Nominatim's search API)", () => {
  it("finds a place by the start of its name, in Nominatim's shape, without a token", async () => {
    const [zermatt] = await search("q=Zerma&format=jsonv2&limit=8");
    expect(zermatt?.display_name).toBe("Zermatt, VS, Switzerland");
    expect(zermatt?.lat).toMatch(/^46\.0\d{6}$/);
    expect(Number(zermatt?.lon)).toBeCloseTo(7.749, 2);
    const [south, north, west, east] = (zermatt?.boundingbox ?? []).map(Number) as number[];
    expect(south).toBeLessThan(46.02);
    expect(north).toBeGreaterThan(46.02);
    expect(west).toBeLessThan(7.75);
    expect(east).toBeGreaterThan(7.75);
    expect(zermatt?.boundingbox.every((v) => typeof v === "string")).toBe(true);
  });

  it("ignores case and diacritics, and ranks by population", async () => {
    const hits = await search("q=zurich&format=jsonv2");
    expect(hits[0]?.display_name).toBe("Zürich, ZH, Switzerland");
    const paris = await search("q=PARIS&format=jsonv2&limit=3");
    expect(paris[0]?.display_name).toBe("Paris, France");
    expect(paris).toHaveLength(3);
  });

  it("honours the limit, up to 50", async () => {
    expect(await search("q=san&limit=8")).toHaveLength(8);
    expect(await search("q=san&limit=500")).toHaveLength(50);
    expect(await search("q=san")).toHaveLength(10);
    expect(await search("q=qqqqqq&limit=8")).toEqual([]);
  });

  it("answers 400 with a message for an empty query or a bad limit", async () => {
    for (const query of [
      "q=",
      "q=%20%20",
      "format=jsonv2",
      "q=bern&limit=0",
      "q=bern&format=xml",
    ]) {
      const res = await sim.api(`/geocoder/search?${query}`, { user: null });
      expect(res.status, query).toBe(400);
      const error = await errorOf(res);
      expect(error.code).toBe("InvalidRequest");
      expect(error.message).toMatch(/Parameter '(q|limit|format)'/);
    }
  });

  it("lists the most populous places in a box, for the offline map", async () => {
    const res = await sim.api("/geocoder/nearby?viewbox=7.5,45.9,8.0,46.2&limit=5", { user: null });
    expect(res.status).toBe(200);
    const hits = (await res.json()) as Hit[];
    expect(hits.map((h) => h.display_name)).toContain("Zermatt, VS, Switzerland");
    expect(hits.length).toBeLessThanOrEqual(5);
    for (const hit of hits) {
      expect(Number(hit.lat)).toBeGreaterThanOrEqual(45.9);
      expect(Number(hit.lon)).toBeLessThanOrEqual(8.0);
    }
    expect((await sim.api("/geocoder/nearby?viewbox=1,2", { user: null })).status).toBe(400);
  });

  it("answers the app's origin through CORS, and planned faults apply", async () => {
    const preflight = await fetch(`${sim.apiUrl}/geocoder/search?q=bern`, {
      method: "OPTIONS",
      headers: { Origin: APP_ORIGIN, "Access-Control-Request-Method": "GET" },
    });
    expect(preflight.status).toBe(204);
    expect(preflight.headers.get("Access-Control-Allow-Origin")).toBe(APP_ORIGIN);
    const plain = await fetch(`${sim.apiUrl}/geocoder/search?q=bern`, {
      headers: { Origin: APP_ORIGIN },
    });
    expect(plain.headers.get("Access-Control-Allow-Origin")).toBe(APP_ORIGIN);

    const planned = await sim.control("/__sim/faults", {
      method: "GET",
      path: "/geocoder/search",
      status: 429,
      retryAfter: 3,
    });
    expect(planned.status).toBeLessThan(300);
    const limited = await sim.api("/geocoder/search?q=bern", { user: null });
    expect(limited.status).toBe(429);
    expect(limited.headers.get("Retry-After")).toBe("3");
    expect((await sim.api("/geocoder/search?q=bern", { user: null })).status).toBe(200);
  });
});
