// @vitest-environment node
/// <reference types="node" />
import { createServer, type IncomingMessage, type ServerResponse } from "node:http";
import type { AddressInfo } from "node:net";
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { z } from "zod/mini";
import { SignInRequiredError } from "../auth/access-token";
import { ApiError } from "./api-error";
import { ACCEPT_V2, createApiClient } from "./client";
import { RateLimitGate } from "./rate-limit-gate";

type Handler = (req: IncomingMessage, res: ServerResponse, body: string) => void;

let handlers: Handler[] = [];
const seen: { method?: string; url?: string; headers: IncomingMessage["headers"]; body: string }[] =
  [];
const server = createServer((req, res) => {
  let body = "";
  req.on("data", (chunk) => (body += chunk));
  req.on("end", () => {
    seen.push({ method: req.method, url: req.url, headers: req.headers, body });
    const handler = handlers.shift() ?? ((_, r) => r.writeHead(500).end());
    handler(req, res, body);
  });
});
let baseUrl = "";

beforeAll(async () => {
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  baseUrl = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});
afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));
beforeEach(() => {
  handlers = [];
  seen.length = 0;
});

const json =
  (status: number, body: unknown, headers: Record<string, string> = {}): Handler =>
  (_, res) =>
    res
      .writeHead(status, { "Content-Type": "application/json", ...headers })
      .end(JSON.stringify(body));

function client(options: Partial<Parameters<typeof createApiClient>[0]> = {}) {
  const tokens: boolean[] = [];
  const request = createApiClient({
    baseUrl,
    gate: new RateLimitGate(),
    getToken: async ({ forceRefresh = false } = {}) => {
      tokens.push(forceRefresh);
      return forceRefresh ? "fresh-token" : "cached-token";
    },
    ...options,
  });
  return { request, tokens };
}

const itemSchema = z.object({ id: z.string() });

describe("the API client over real HTTP", () => {
  it("sends the token, the v2 Accept header and query parameters, and validates the answer", async () => {
    handlers.push(json(200, { id: "a" }));
    const { request } = client();
    await expect(
      request({ path: "/imodels/a", query: { $top: 5, $search: undefined }, schema: itemSchema }),
    ).resolves.toEqual({ id: "a" });
    expect(seen[0]).toMatchObject({ method: "GET", url: "/imodels/a?%24top=5" });
    expect(seen[0]!.headers.authorization).toBe("Bearer cached-token");
    expect(seen[0]!.headers.accept).toBe(ACCEPT_V2);
  });

  it("sends JSON bodies with their content type", async () => {
    handlers.push(json(200, { id: "a" }));
    await client().request({
      method: "PATCH",
      path: "/imodels/a",
      body: { name: "x" },
      schema: itemSchema,
    });
    expect(seen[0]!.headers["content-type"]).toBe("application/json");
    expect(JSON.parse(seen[0]!.body)).toEqual({ name: "x" });
  });

  it("renews the token once on a 401 and retries", async () => {
    handlers.push(
      json(401, { error: { code: "Unauthorized", message: "expired" } }),
      json(200, { id: "a" }),
    );
    const { request, tokens } = client();
    await expect(request({ path: "/x", schema: itemSchema })).resolves.toEqual({ id: "a" });
    expect(tokens).toEqual([false, true]);
    expect(seen[1]!.headers.authorization).toBe("Bearer fresh-token");
  });

  it("gives up after the renewed token is refused too", async () => {
    handlers.push(
      json(401, { error: { code: "Unauthorized", message: "no" } }),
      json(401, { error: { code: "Unauthorized", message: "still no" } }),
    );
    await expect(client().request({ path: "/x" })).rejects.toMatchObject({
      status: 401,
      code: "Unauthorized",
    });
    expect(seen).toHaveLength(2);
  });

  it("turns a provider that wants interaction into SignInRequired without calling the API", async () => {
    const request = createApiClient({
      baseUrl,
      gate: new RateLimitGate(),
      getToken: async () => {
        throw new SignInRequiredError();
      },
    });
    await expect(request({ path: "/x" })).rejects.toMatchObject({
      status: 401,
      code: "SignInRequired",
    });
    expect(seen).toHaveLength(0);
  });

  it("waits out a 429 at the gate and retries", async () => {
    handlers.push(
      json(
        429,
        { error: { code: "TooManyRequests", message: "slow down" } },
        { "Retry-After": "1" },
      ),
      json(200, { id: "a" }),
    );
    const gate = new RateLimitGate();
    const started = Date.now();
    await expect(client({ gate }).request({ path: "/x", schema: itemSchema })).resolves.toEqual({
      id: "a",
    });
    expect(Date.now() - started).toBeGreaterThanOrEqual(950);
    expect(seen).toHaveLength(2);
  });

  it("a burst of 429s on parallel calls costs one retry each, all after the wait: no storm", async () => {
    const limited = json(
      429,
      { error: { code: "TooManyRequests", message: "slow down" } },
      { "Retry-After": "1" },
    );
    handlers.push(
      limited,
      limited,
      limited,
      json(200, { id: "a" }),
      json(200, { id: "a" }),
      json(200, { id: "a" }),
    );
    const { request } = client();
    const started = Date.now();
    const calls = [1, 2, 3].map(() => request({ path: "/x", schema: itemSchema }));
    await expect(Promise.all(calls)).resolves.toHaveLength(3);
    expect(Date.now() - started).toBeGreaterThanOrEqual(950);
    expect(seen).toHaveLength(6);
  });

  it("after a 429 one call goes first, and the rest follow once it has its answer", async () => {
    const limited = json(
      429,
      { error: { code: "TooManyRequests", message: "slow down" } },
      { "Retry-After": "1" },
    );
    let probeAnswered = 0;
    handlers.push(limited, limited, limited, (req, res, body) => {
      setTimeout(() => {
        probeAnswered = Date.now();
        json(200, { id: "a" })(req, res, body);
      }, 200);
    });
    const followed: number[] = [];
    const follower: Handler = (req, res, body) => {
      followed.push(Date.now());
      json(200, { id: "a" })(req, res, body);
    };
    handlers.push(follower, follower);
    const { request } = client();
    const calls = [1, 2, 3].map(() => request({ path: "/x", schema: itemSchema }));
    await expect(Promise.all(calls)).resolves.toHaveLength(3);
    expect(seen).toHaveLength(6);
    expect(followed).toHaveLength(2);
    for (const at of followed) expect(at).toBeGreaterThanOrEqual(probeAnswered);
  });

  it("a first call after a 429 that ends in a network error does not hold the rest", async () => {
    const limited = json(
      429,
      { error: { code: "TooManyRequests", message: "slow down" } },
      { "Retry-After": "1" },
    );
    handlers.push(limited, limited, limited, (req) => req.socket.destroy());
    handlers.push(json(200, { id: "a" }), json(200, { id: "a" }));
    const { request } = client();
    const started = Date.now();
    const calls = [1, 2, 3].map(() => request({ path: "/x", schema: itemSchema }));
    const results = await Promise.allSettled(calls);
    expect(results.map((r) => r.status).sort()).toEqual(["fulfilled", "fulfilled", "rejected"]);
    // Well before the gate's own safety timeout lets them go.
    expect(Date.now() - started).toBeLessThan(3000);
    expect(seen).toHaveLength(6);
  });

  it("a call that starts while the gate is closed waits without sending", async () => {
    handlers.push(json(200, { id: "a" }));
    const gate = new RateLimitGate();
    gate.block(300);
    const started = Date.now();
    await client({ gate }).request({ path: "/x", schema: itemSchema });
    expect(Date.now() - started).toBeGreaterThanOrEqual(280);
    expect(seen).toHaveLength(1);
  });

  it("a low-priority call's 429 holds low calls only: the list's next page goes at once", async () => {
    handlers.push(
      json(
        429,
        { error: { code: "TooManyRequests", message: "slow down" } },
        { "Retry-After": "1" },
      ),
      json(200, { id: "page" }),
      (_, res) => res.writeHead(200, { "Content-Type": "image/png" }).end("png"),
    );
    const gate = new RateLimitGate();
    const { request } = client({ gate });
    const started = Date.now();
    const thumbnail = request<Blob>({ path: "/t", responseType: "image", priority: "low" });
    await expect.poll(() => seen.length).toBe(1);
    expect(gate.blockedUntil()).toBe(0);
    await expect(request({ path: "/page", schema: itemSchema })).resolves.toEqual({ id: "page" });
    expect(Date.now() - started).toBeLessThan(900);
    await expect(thumbnail).resolves.toBeInstanceOf(Blob);
    expect(Date.now() - started).toBeGreaterThanOrEqual(950);
    expect(seen.map((r) => r.url)).toEqual(["/t", "/page", "/t"]);
  });

  it("throws the 429 with its wait once the retries are used up", async () => {
    handlers.push(
      json(
        429,
        { error: { code: "RateLimitExceeded", message: "slow down" } },
        { "Retry-After": "0" },
      ),
    );
    const error = await client({ maxRateLimitRetries: 0 })
      .request({ path: "/x" })
      .catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ApiError);
    expect(error).toMatchObject({ status: 429, code: "RateLimitExceeded", retryAfterMs: 0 });
  });

  it("reads 204 as no content", async () => {
    handlers.push((_, res) => res.writeHead(204).end());
    await expect(
      client().request({ method: "PUT", path: "/imodels/favorites/a" }),
    ).resolves.toBeUndefined();
  });

  it("does not take a page of text in place of no content as a success", async () => {
    handlers.push(
      (_, res) => res.writeHead(200, { "Content-Type": "text/html" }).end("<html>oops</html>"),
      (_, res) => res.writeHead(200, { "Content-Type": "application/json" }).end("{}"),
    );
    const { request } = client();
    await expect(request({ method: "PUT", path: "/imodels/favorites/a" })).rejects.toMatchObject({
      code: "InvalidResponse",
    });
    await expect(request({ method: "PUT", path: "/imodels/favorites/a" })).resolves.toBeUndefined();
  });

  it("says clearly when the answer is not JSON or not the expected shape", async () => {
    handlers.push(
      (_, res) => res.writeHead(200, { "Content-Type": "text/html" }).end("<html>login</html>"),
      json(200, { nope: 1 }),
    );
    const { request } = client();
    await expect(request({ path: "/x", schema: itemSchema })).rejects.toMatchObject({
      code: "InvalidResponse",
    });
    await expect(request({ path: "/x", schema: itemSchema })).rejects.toMatchObject({
      code: "InvalidResponse",
    });
  });

  it("reports a dropped connection as a network error", async () => {
    handlers.push((req) => req.socket.destroy());
    await expect(client().request({ path: "/x" })).rejects.toMatchObject({
      status: 0,
      code: "NetworkError",
    });
  });

  it("gives up on a hanging answer after the timeout", async () => {
    handlers.push(() => {});
    await expect(client({ timeoutMs: 200 }).request({ path: "/x" })).rejects.toMatchObject({
      code: "Timeout",
    });
  });

  it("reports a cancelled request as cancelled", async () => {
    handlers.push(() => {});
    const controller = new AbortController();
    const pending = client().request({ path: "/x", signal: controller.signal });
    setTimeout(() => controller.abort(), 50);
    await expect(pending).rejects.toMatchObject({ code: "Cancelled" });
  });

  it("follows an absolute paging link as given", async () => {
    handlers.push(json(200, { id: "b" }));
    await client().request({
      path: `${baseUrl}/imodels?$continuationToken=abc`,
      schema: itemSchema,
    });
    expect(seen[0]!.url).toBe("/imodels?$continuationToken=abc");
  });
});

describe("keepalive requests (sent as the page goes away)", () => {
  it("ask fetch to outlive the page, pass a closed gate, and are not retried", async () => {
    const gate = new RateLimitGate();
    gate.block(60_000);
    const inits: RequestInit[] = [];
    const { request } = client({
      gate,
      fetch: (input, init) => {
        inits.push(init ?? {});
        return fetch(input, init);
      },
    });
    handlers.push(json(429, { error: { code: "RateLimitExceeded" } }, { "Retry-After": "1" }));
    await expect(request({ method: "PUT", path: "/x", keepalive: true })).rejects.toMatchObject({
      status: 429,
    });
    expect(inits.map((init) => init.keepalive)).toEqual([true]);
    expect(seen).toHaveLength(1);
  });
});

describe("anonymous requests (another service's open API)", () => {
  it("send no token, pass and leave the platform's gate alone, and are not retried", async () => {
    const gate = new RateLimitGate();
    const { request, tokens } = client({ gate });
    handlers.push(json(200, { id: "a" }));
    await expect(
      request({
        path: `${baseUrl}/search`,
        query: { q: "bern" },
        accept: "application/json",
        anonymous: true,
        schema: itemSchema,
      }),
    ).resolves.toEqual({ id: "a" });
    expect(seen[0]!.headers.authorization).toBeUndefined();
    expect(seen[0]!.headers.accept).toBe("application/json");
    expect(tokens).toEqual([]);

    handlers.push(
      json(429, { error: { code: "TooMany", message: "Slow down." } }, { "Retry-After": "7" }),
    );
    await expect(request({ path: "/search", anonymous: true })).rejects.toMatchObject({
      status: 429,
      message: "Slow down.",
      retryAfterMs: 7000,
    });
    expect(seen).toHaveLength(2);
    // The platform's own calls are not held back by the geocoder's limit.
    handlers.push(json(200, { id: "b" }));
    await expect(request({ path: "/imodels/b", schema: itemSchema })).resolves.toEqual({ id: "b" });
  });
});
