import { beforeEach, describe, expect, it } from "vitest";
import { SEED } from "./seed-ids";
import { APP_ORIGIN, errorOf, useTestSim } from "./test-helpers";

const sim = useTestSim({ reset: false });
beforeEach(async () => {
  expect((await sim.control("/__sim/reset")).status).toBe(204);
});

const plant = `/imodels/${SEED.imodels.sunCityPlant}`;
const fault = (body: Record<string, unknown>) => sim.control("/__sim/faults", body);

describe("control API", () => {
  it("answers health without a token", async () => {
    const res = await fetch(`${sim.apiUrl}/__sim/health`);
    expect(res.status).toBe(200);
    expect(await res.json()).toEqual({ ok: true });
  });

  it("injects a status with code, message and Retry-After for the next `times` matching requests", async () => {
    expect(
      (
        await fault({
          method: "GET",
          path: "/imodels/*",
          status: 503,
          code: "Busy",
          message: "Try later",
          retryAfter: 7,
          times: 2,
        })
      ).status,
    ).toBe(204);
    for (let i = 0; i < 2; i += 1) {
      const res = await sim.api(plant, { headers: { Origin: APP_ORIGIN } });
      expect(res.status).toBe(503);
      expect(res.headers.get("retry-after")).toBe("7");
      expect(res.headers.get("access-control-allow-origin")).toBe(APP_ORIGIN);
      expect(await errorOf(res)).toEqual({ code: "Busy", message: "Try later" });
    }
    expect((await sim.api(plant)).status).toBe(200);
  });

  it("matches method and exact path; answers a spec-shaped body by default and raw text when asked", async () => {
    await fault({ method: "PATCH", path: plant, status: 429 });
    expect((await sim.api(plant)).status).toBe(200);
    const limited = await sim.api(plant, {
      method: "PATCH",
      headers: { "Content-Type": "application/json" },
      body: "{}",
    });
    expect(limited.status).toBe(429);
    expect((await errorOf(limited)).code).toBe("TooManyRequests");

    await fault({ method: "GET", path: plant, status: 502, body: "<html>Bad gateway</html>" });
    const raw = await sim.api(plant);
    expect(raw.status).toBe(502);
    expect(await raw.text()).toBe("<html>Bad gateway</html>");
  });

  it("drops the connection for status 0", async () => {
    await fault({ method: "GET", path: plant, status: 0 });
    await expect(sim.api(plant)).rejects.toThrow();
    expect((await sim.api(plant)).status).toBe(200);
    const log = (await (await sim.control("/__sim/requests", undefined, "GET")).json()) as {
      status: number;
    }[];
    expect(log.map((entry) => entry.status)).toEqual([0, 200]);
  });

  it("delays the real answer when only delayMs is given", async () => {
    await fault({ method: "GET", path: plant, delayMs: 300 });
    const started = Date.now();
    const res = await sim.api(plant);
    expect(res.status).toBe(200);
    expect(Date.now() - started).toBeGreaterThanOrEqual(280);
  });

  it("drops a delayed request when a reset comes during its delay, so it cannot change the next test's data", async () => {
    await fault({ method: "PATCH", path: plant, delayMs: 300 });
    const late = sim
      .api(plant, {
        method: "PATCH",
        headers: { "Content-Type": "application/json" },
        body: JSON.stringify({ name: "Too late" }),
      })
      .then(
        (res) => res.status,
        () => "dropped",
      );
    await expect
      .poll(
        async () =>
          ((await (await sim.control("/__sim/requests", undefined, "GET")).json()) as unknown[])
            .length,
      )
      .toBe(1);
    expect((await sim.control("/__sim/reset")).status).toBe(204);
    expect(await late).toBe("dropped");
    const after = (await (await sim.api(plant)).json()) as { iModel: { name: string } };
    expect(after.iModel.name).toBe("Sun City Renewable-energy Plant");
  });

  it("forgets faults on DELETE /__sim/faults", async () => {
    await fault({ method: "GET", path: "/imodels/*", status: 500, times: 5 });
    expect((await sim.control("/__sim/faults", undefined, "DELETE")).status).toBe(204);
    expect((await sim.api(plant)).status).toBe(200);
  });

  it("refuses a malformed fault", async () => {
    expect((await fault({ path: plant, status: 500 })).status).toBe(400);
    expect((await fault({ method: "GET", path: plant, status: 1000 })).status).toBe(400);
  });

  it("logs what the app sent, oldest first, without control calls or preflights", async () => {
    await fetch(`${sim.apiUrl}${plant}`, {
      method: "OPTIONS",
      headers: { Origin: APP_ORIGIN, "Access-Control-Request-Method": "PATCH" },
    });
    await sim.api(`/imodels?iTwinId=${SEED.itwins.sunCity}&$top=2`, {
      headers: { Prefer: "return=minimal" },
    });
    await sim.api(plant, {
      method: "PATCH",
      headers: { "Content-Type": "application/json" },
      body: JSON.stringify({ description: "logged" }),
    });
    await sim.api(plant, {
      method: "PATCH",
      headers: { "Content-Type": "text/plain" },
      body: "plain words",
    });
    const log = (await (await sim.control("/__sim/requests", undefined, "GET")).json()) as {
      method: string;
      path: string;
      query: Record<string, string>;
      headers: Record<string, string>;
      body: unknown;
      status: number;
    }[];
    expect(log.map((e) => `${e.method} ${e.path} ${e.status}`)).toEqual([
      "GET /imodels 200",
      `PATCH ${plant} 200`,
      `PATCH ${plant} 415`,
    ]);
    expect(log[0]?.query).toEqual({ iTwinId: SEED.itwins.sunCity, $top: "2" });
    expect(log[0]?.headers.prefer).toBe("return=minimal");
    expect(log[0]?.headers.authorization).toMatch(/^Bearer /);
    expect(log[0]?.body).toBeNull();
    expect(log[1]?.body).toEqual({ description: "logged" });
    expect(log[2]?.body).toBe("plain words");
  });

  it("rate-limits per client with 429, Retry-After and TooManyRequests, and resets the counters", async () => {
    expect((await sim.control("/__sim/rate-limit", { perMinute: 3, perHour: 100 })).status).toBe(
      204,
    );
    for (let i = 0; i < 3; i += 1) expect((await sim.api(plant)).status).toBe(200);
    const limited = await sim.api(plant, { headers: { Origin: APP_ORIGIN } });
    expect(limited.status).toBe(429);
    const retryAfter = Number(limited.headers.get("Retry-After"));
    expect(retryAfter).toBeGreaterThanOrEqual(1);
    expect(retryAfter).toBeLessThanOrEqual(60);
    expect(limited.headers.get("access-control-expose-headers")).toMatch(/retry-after/i);
    expect(await errorOf(limited)).toEqual({
      code: "TooManyRequests",
      message: "More requests were received than the subscription rate-limit allows.",
    });
    await sim.control("/__sim/reset");
    expect((await sim.api(plant)).status).toBe(200);
  });

  it("shortens the per-minute window when a test asks, so a real limit is waited out in seconds", async () => {
    expect(
      (await sim.control("/__sim/rate-limit", { perMinute: 2, perHour: 100, windowSeconds: 2 }))
        .status,
    ).toBe(204);
    expect((await sim.api(plant)).status).toBe(200);
    expect((await sim.api(plant)).status).toBe(200);
    const limited = await sim.api(plant);
    expect(limited.status).toBe(429);
    expect(Number(limited.headers.get("Retry-After"))).toBeGreaterThanOrEqual(1);
    expect(Number(limited.headers.get("Retry-After"))).toBeLessThanOrEqual(2);
    expect(
      (await sim.control("/__sim/rate-limit", { perMinute: 2, windowSeconds: 61 })).status,
    ).toBe(400);
  });

  it("counts the hourly limit too", async () => {
    await sim.control("/__sim/rate-limit", { perMinute: 100, perHour: 2 });
    await sim.api(plant);
    await sim.api(plant);
    const limited = await sim.api(plant);
    expect(limited.status).toBe(429);
    expect(Number(limited.headers.get("Retry-After"))).toBeGreaterThan(60);
  });

  it("reset restores data, favorites, faults and the request log", async () => {
    await sim.api(plant, {
      method: "PATCH",
      headers: { "Content-Type": "application/json" },
      body: JSON.stringify({ name: "Changed" }),
    });
    await sim.api(`/imodels/favorites/${SEED.imodels.sunCityPlant}`, { method: "PUT" });
    await fault({ method: "GET", path: "/itwins", status: 500 });
    await sim.control("/__sim/reset");
    expect(
      ((await (await sim.api(plant)).json()) as { iModel: { name: string } }).iModel.name,
    ).toBe("Sun City Renewable-energy Plant");
    const favorites = (await (
      await sim.api(`/imodels/favorites?iTwinId=${SEED.itwins.sunCity}`)
    ).json()) as { iModels: unknown[] };
    expect(favorites.iModels).toEqual([]);
    expect((await sim.api("/itwins")).status).toBe(200);
    const log = (await (
      await sim.control("/__sim/requests", undefined, "GET")
    ).json()) as unknown[];
    expect(log).toHaveLength(3);
  });

  it("refuses unknown users for tokens and revocation", async () => {
    expect((await sim.control("/__sim/token", { user: "mallory" })).status).toBe(400);
    expect((await sim.control("/__sim/sessions/revoke", { user: "mallory" })).status).toBe(400);
    expect((await sim.control("/__sim/sessions/revoke", { user: "viewer" })).status).toBe(204);
  });
});

describe("CORS", () => {
  it("answers preflights for the app origin with the spec's methods and headers", async () => {
    const res = await fetch(`${sim.apiUrl}${plant}`, {
      method: "OPTIONS",
      headers: {
        Origin: APP_ORIGIN,
        "Access-Control-Request-Method": "PATCH",
        "Access-Control-Request-Headers": "authorization,content-type,prefer",
      },
    });
    expect(res.status).toBe(204);
    expect(res.headers.get("access-control-allow-origin")).toBe(APP_ORIGIN);
    expect(res.headers.get("access-control-allow-methods")).toContain("PATCH");
    expect(res.headers.get("access-control-allow-headers")?.toLowerCase()).toContain("prefer");
  });

  it("allows any loopback origin and refuses others", async () => {
    const other = await sim.api(plant, { headers: { Origin: "http://127.0.0.1:4173" } });
    expect(other.headers.get("access-control-allow-origin")).toBe("http://127.0.0.1:4173");
    const foreign = await sim.api(plant, { headers: { Origin: "https://evil.example" } });
    expect(foreign.headers.get("access-control-allow-origin")).toBeNull();
  });

  it("puts CORS headers on errors too", async () => {
    const unauthorized = await sim.api(plant, { user: null, headers: { Origin: APP_ORIGIN } });
    expect(unauthorized.status).toBe(401);
    expect(unauthorized.headers.get("access-control-allow-origin")).toBe(APP_ORIGIN);
    const missing = await sim.api("/imodels/00000000-0000-4000-8000-000000000000", {
      headers: { Origin: APP_ORIGIN },
    });
    expect(missing.status).toBe(404);
    expect(missing.headers.get("access-control-allow-origin")).toBe(APP_ORIGIN);
    expect(missing.headers.get("access-control-expose-headers")).toBe("Retry-After");
  });
});
