// @vitest-environment node
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { ACCEPT_V2, createApiClient } from "./client";
import { json, noContent, startTestServer, type TestServer } from "./http-test-server";
import { RateLimitGate } from "./rate-limit-gate";

let server: TestServer;
beforeAll(async () => {
  server = await startTestServer();
});
afterAll(() => server.close());
beforeEach(() => server.reset());

const PNG = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 1, 2, 3]);
const png =
  (status = 200) =>
  (_: unknown, res: import("node:http").ServerResponse) =>
    res.writeHead(status, { "Content-Type": "image/png" }).end(PNG);

function client() {
  const tokens: boolean[] = [];
  const request = createApiClient({
    baseUrl: server.baseUrl,
    gate: new RateLimitGate(),
    getToken: async ({ forceRefresh = false } = {}) => {
      tokens.push(forceRefresh);
      return forceRefresh ? "fresh" : "cached";
    },
  });
  return { request, tokens };
}

describe("the API client with images over real HTTP", () => {
  it("reads an image answer as a Blob, sent with the token and the v2 Accept header", async () => {
    server.answer(png());
    const blob = await client().request<Blob>({
      path: "/imodels/a/thumbnail",
      responseType: "image",
    });
    expect(blob.type).toBe("image/png");
    expect(Buffer.from(await blob.arrayBuffer()).equals(PNG)).toBe(true);
    expect(server.seen[0]!.headers.authorization).toBe("Bearer cached");
    expect(server.seen[0]!.headers.accept).toBe(ACCEPT_V2);
  });

  it("renews the token on a 401 and waits out a 429 for images too", async () => {
    server.answer(
      json(401, { error: { code: "Unauthorized", message: "expired" } }),
      json(429, { error: { code: "TooManyRequests", message: "slow" } }, { "Retry-After": "1" }),
      png(),
    );
    const { request, tokens } = client();
    const started = Date.now();
    const blob = await request<Blob>({ path: "/x", responseType: "image" });
    expect(blob.size).toBe(PNG.length);
    expect(tokens).toEqual([false, true, true]);
    expect(Date.now() - started).toBeGreaterThanOrEqual(950);
  });

  it("does not take JSON or a page of text in place of the image", async () => {
    server.answer(json(200, { iModel: {} }), (_, res) =>
      res.writeHead(200, { "Content-Type": "text/html" }).end("<html>portal</html>"),
    );
    const { request } = client();
    for (let i = 0; i < 2; i += 1) {
      await expect(request({ path: "/x", responseType: "image" })).rejects.toMatchObject({
        code: "InvalidResponse",
      });
    }
  });

  it("throws the service's error for a failed image request", async () => {
    server.answer(json(404, { error: { code: "iModelNotFound", message: "gone" } }));
    await expect(client().request({ path: "/x", responseType: "image" })).rejects.toMatchObject({
      status: 404,
      code: "iModelNotFound",
    });
  });

  it("sends a Blob body as it is, with the Blob's type", async () => {
    server.answer(noContent);
    await client().request({
      method: "PUT",
      path: "/imodels/a/thumbnail",
      body: new Blob([PNG], { type: "image/png" }),
    });
    expect(server.seen[0]!.method).toBe("PUT");
    expect(server.seen[0]!.headers["content-type"]).toBe("image/png");
    expect(server.seen[0]!.body.equals(PNG)).toBe(true);
  });
});
