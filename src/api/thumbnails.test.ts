// @vitest-environment node
import { QueryClient } from "@tanstack/react-query";
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { json, noContent, startTestServer, type TestServer } from "./http-test-server";
import {
  MAX_THUMBNAIL_BYTES,
  fetchThumbnail,
  storeUploadedThumbnail,
  thumbnailKeys,
  thumbnailProblem,
  thumbnailQueries,
  uploadThumbnail,
} from "./thumbnails";

let server: TestServer;
beforeAll(async () => {
  server = await startTestServer();
});
afterAll(() => server.close());
beforeEach(() => server.reset());

const BYTES = Buffer.from([0xff, 0xd8, 0xff, 0xe0, 0, 0, 0xff, 0xd9]);
const image = (type: string) => (_: unknown, res: import("node:http").ServerResponse) =>
  res.writeHead(200, { "Content-Type": type }).end(BYTES);

describe("thumbnails API", () => {
  it("downloads a size of an iModel's thumbnail as a Blob", async () => {
    server.answer(image("image/png"));
    const blob = await fetchThumbnail("a/b", "large");
    expect(server.seen[0]).toMatchObject({
      method: "GET",
      url: "/imodels/a%2Fb/thumbnail?size=large",
    });
    expect(server.seen[0]!.headers.authorization).toBe("Bearer token");
    expect(Buffer.from(await blob.arrayBuffer()).equals(BYTES)).toBe(true);
  });

  it("caches per iModel and size through its query options", async () => {
    server.answer(image("image/png"), image("image/png"));
    const queryClient = new QueryClient();
    await queryClient.fetchQuery(thumbnailQueries.of("a", "small"));
    await queryClient.fetchQuery(thumbnailQueries.of("a", "small"));
    await queryClient.fetchQuery(thumbnailQueries.of("a", "large"));
    expect(server.seen.map((r) => r.url)).toEqual([
      "/imodels/a/thumbnail?size=small",
      "/imodels/a/thumbnail?size=large",
    ]);
  });

  it("uploads with the file's content type and the bytes as they are", async () => {
    server.answer(noContent);
    await uploadThumbnail("a", new Blob([BYTES], { type: "image/jpeg" }));
    expect(server.seen[0]).toMatchObject({ method: "PUT", url: "/imodels/a/thumbnail" });
    expect(server.seen[0]!.headers["content-type"]).toBe("image/jpeg");
    expect(server.seen[0]!.body.equals(BYTES)).toBe(true);
  });

  it("passes the service's refusal on with its status and code", async () => {
    server.answer(
      json(413, { error: { code: "PayloadTooLarge", message: "too big" } }),
      json(403, { error: { code: "InsufficientPermissions", message: "no" } }),
    );
    const file = new Blob([BYTES], { type: "image/png" });
    await expect(uploadThumbnail("a", file)).rejects.toMatchObject({
      status: 413,
      code: "PayloadTooLarge",
    });
    await expect(uploadThumbnail("a", file)).rejects.toMatchObject({ status: 403 });
  });

  it("checks type and size before any request", () => {
    expect(thumbnailProblem(new Blob([BYTES], { type: "image/gif" }))).toBe("type");
    expect(
      thumbnailProblem(new Blob([new Uint8Array(MAX_THUMBNAIL_BYTES + 1)], { type: "image/png" })),
    ).toBe("size");
    expect(
      thumbnailProblem(new Blob([new Uint8Array(MAX_THUMBNAIL_BYTES)], { type: "image/png" })),
    ).toBeUndefined();
    expect(thumbnailProblem(new Blob([BYTES], { type: "image/jpeg" }))).toBeUndefined();
  });

  it("writes an uploaded picture into both sizes' cache", () => {
    const queryClient = new QueryClient();
    const file = new Blob([BYTES], { type: "image/png" });
    storeUploadedThumbnail(queryClient, "a", file);
    expect(queryClient.getQueryData(thumbnailKeys.of("a", "small"))).toBe(file);
    expect(queryClient.getQueryData(thumbnailKeys.of("a", "large"))).toBe(file);
  });
});
