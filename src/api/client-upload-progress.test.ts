// jsdom: its XMLHttpRequest really goes over the wire (with CORS, as in browsers).
import { afterAll, beforeAll, beforeEach, describe, expect, it, vi } from "vitest";
import { ACCEPT_V2, createApiClient, type ApiClientOptions } from "./client";
import { json, noContent, startTestServer, type TestServer } from "./http-test-server";
import { RateLimitGate } from "./rate-limit-gate";

let server: TestServer;
beforeAll(async () => {
  server = await startTestServer();
});
afterAll(() => server.close());
beforeEach(() => server.reset());

const BYTES = Uint8Array.from({ length: 200_000 }, (_, i) => i % 251);
const picture = () => new Blob([BYTES], { type: "image/png" });

function client(options: Partial<ApiClientOptions> = {}) {
  const tokens: boolean[] = [];
  const request = createApiClient({
    baseUrl: server.baseUrl,
    gate: new RateLimitGate(),
    getToken: async ({ forceRefresh = false } = {}) => {
      tokens.push(forceRefresh);
      return forceRefresh ? "fresh" : "cached";
    },
    // Proof that the progress path does not go by fetch.
    fetch: () => Promise.reject(new Error("fetch must not be used")),
    ...options,
  });
  return { request, tokens };
}

function upload(
  request: ReturnType<typeof client>["request"],
  progress: [number, number][] = [],
  signal?: AbortSignal,
) {
  return request({
    method: "PUT",
    path: "/imodels/a/thumbnail",
    body: picture(),
    signal,
    onUploadProgress: (loaded, total) => progress.push([loaded, total]),
  });
}

describe("the API client's uploads with progress, over real HTTP", () => {
  it("sends the file with the token and headers, reporting bytes sent up to all of them", async () => {
    server.answer(noContent);
    const progress: [number, number][] = [];
    await upload(client().request, progress);
    expect(server.preflights()).toBeGreaterThan(0);
    const seen = server.seen[0]!;
    expect(seen).toMatchObject({ method: "PUT", url: "/imodels/a/thumbnail" });
    expect(seen.headers).toMatchObject({
      authorization: "Bearer cached",
      accept: ACCEPT_V2,
      "content-type": "image/png",
    });
    expect(seen.body.equals(Buffer.from(BYTES))).toBe(true);
    expect(progress.length).toBeGreaterThan(0);
    expect(progress.at(-1)).toEqual([BYTES.length, BYTES.length]);
  });

  it("renews the token on a 401 and waits out a 429 (its Retry-After read through CORS)", async () => {
    server.answer(
      json(401, { error: { code: "Unauthorized", message: "expired" } }),
      json(429, { error: { code: "TooManyRequests", message: "slow" } }, { "Retry-After": "1" }),
      noContent,
    );
    const { request, tokens } = client();
    const started = Date.now();
    await upload(request);
    expect(Date.now() - started).toBeGreaterThanOrEqual(950);
    expect(tokens).toEqual([false, true, true]);
    expect(server.seen.map((seen) => seen.headers.authorization)).toEqual([
      "Bearer cached",
      "Bearer fresh",
      "Bearer fresh",
    ]);
  });

  it("throws the service's error with its status and code", async () => {
    server.answer(json(413, { error: { code: "PayloadTooLarge", message: "At most 5 MB." } }));
    await expect(upload(client().request)).rejects.toMatchObject({
      status: 413,
      code: "PayloadTooLarge",
      message: "At most 5 MB.",
    });
  });

  it("reports a cancelled upload as cancelled, once the server has it", async () => {
    server.answer(() => {});
    const controller = new AbortController();
    const pending = upload(client().request, [], controller.signal);
    await vi.waitFor(() => expect(server.seen).toHaveLength(1));
    controller.abort();
    await expect(pending).rejects.toMatchObject({ status: 0, code: "Cancelled" });
  });

  it("gives up on a hanging answer after the timeout", async () => {
    server.answer(() => {});
    await expect(upload(client({ timeoutMs: 300 }).request)).rejects.toMatchObject({
      code: "Timeout",
    });
  });

  it("reports a dropped connection as a network error", async () => {
    server.answer((_, res) => res.socket?.destroy());
    await expect(upload(client().request)).rejects.toMatchObject({
      status: 0,
      code: "NetworkError",
    });
  });
});
