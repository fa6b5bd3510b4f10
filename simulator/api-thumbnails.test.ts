import { describe, expect, it } from "vitest";
import { encodePng, pngSize } from "./png";
import { SEED, largeCampusIModelId } from "./seed-ids";
import { errorOf, useTestSim } from "./test-helpers";
import { SEED_UPLOADED_THUMBNAILS, THUMBNAIL_PIXELS } from "./thumbnails";

const M = SEED.imodels;
const sim = useTestSim();

const get = (id: string, query = "", user = "editor") =>
  sim.api(`/imodels/${id}/thumbnail${query}`, { user });
const bytesOf = async (res: Response) => Buffer.from(await res.arrayBuffer());
const put = (
  id: string,
  body: Uint8Array<ArrayBuffer>,
  type: string | undefined,
  user = "editor",
) =>
  sim.api(`/imodels/${id}/thumbnail`, {
    method: "PUT",
    user,
    body,
    headers: type ? { "Content-Type": type } : {},
  });
const PNG = encodePng(4, 3, (x, y) => [x * 60, y * 80, 200]);
const JPEG = Uint8Array.from([
  0xff, 0xd8, 0xff, 0xe0, 0, 16, 0x4a, 0x46, 0x49, 0x46, 0, 1, 0xff, 0xd9,
]);

describe("GET /imodels/{id}/thumbnail", () => {
  it("sends a generated PNG, small by default, that differs per iModel", async () => {
    const small = await get(M.noExtent);
    expect(small.status).toBe(200);
    expect(small.headers.get("Content-Type")).toBe("image/png");
    const a = await bytesOf(small);
    expect(a.subarray(1, 4).toString("ascii")).toBe("PNG");
    expect(pngSize(a)).toEqual(THUMBNAIL_PIXELS.small);

    const large = await bytesOf(await get(M.noExtent, "?size=large"));
    expect(pngSize(large)).toEqual(THUMBNAIL_PIXELS.large);
    const again = await bytesOf(await get(M.noExtent, "?size=small"));
    expect(again.equals(a)).toBe(true);

    const others = await Promise.all(
      [M.longName, largeCampusIModelId(0), largeCampusIModelId(1)].map(async (id) =>
        (await bytesOf(await get(id))).toString("base64"),
      ),
    );
    expect(new Set([a.toString("base64"), ...others]).size).toBe(4);
  });

  it("sends the uploaded picture of the seed iModels that have one", async () => {
    const id = SEED_UPLOADED_THUMBNAILS[0];
    const res = await get(id);
    expect(res.status).toBe(200);
    expect(pngSize(await bytesOf(res))).toEqual(THUMBNAIL_PIXELS.large);
  });

  it("answers 404 for unknown or invisible iModels, 422 for a bad size, 401 without a token", async () => {
    const unknown = await get("00000000-0000-4000-8000-000000000000");
    expect(unknown.status).toBe(404);
    expect((await errorOf(unknown)).code).toBe("iModelNotFound");
    expect((await get(M.metroRestricted, "", "viewer")).status).toBe(404);
    expect((await get(M.noExtent, "?size=huge")).status).toBe(422);
    expect((await sim.api(`/imodels/${M.noExtent}/thumbnail`, { user: null })).status).toBe(401);
  });

  it("is subject to faults and the rate limiter", async () => {
    await sim.control("/__sim/faults", {
      method: "GET",
      path: "/imodels/*",
      status: 429,
      retryAfter: 3,
    });
    const faulted = await get(M.noExtent);
    expect(faulted.status).toBe(429);
    expect(faulted.headers.get("Retry-After")).toBe("3");
    await sim.control("/__sim/rate-limit", { perMinute: 1, perHour: 100 });
    expect((await get(M.noExtent)).status).toBe(200);
    expect((await get(M.noExtent)).status).toBe(429);
  });
});

describe("PUT /imodels/{id}/thumbnail", () => {
  it("stores a PNG (204, no body) and sends it back for both sizes", async () => {
    const res = await put(M.noExtent, PNG, "image/png");
    expect(res.status).toBe(204);
    expect(await res.text()).toBe("");
    expect((await bytesOf(await get(M.noExtent))).equals(Buffer.from(PNG))).toBe(true);
    expect((await bytesOf(await get(M.noExtent, "?size=large"))).equals(Buffer.from(PNG))).toBe(
      true,
    );
    expect((await get(M.noExtent, "", "viewer")).status).toBe(200);
  });

  it("accepts a JPEG", async () => {
    expect((await put(M.noExtent, JPEG, "image/jpeg")).status).toBe(204);
    const back = await get(M.noExtent);
    expect((await bytesOf(back)).equals(Buffer.from(JPEG))).toBe(true);
  });

  it("answers 415 for any other type, 422 for bytes that are not the stated image", async () => {
    const gif = Buffer.from("GIF89a\x01\x00\x01\x00", "binary");
    for (const type of ["image/gif", "application/octet-stream", "text/plain", undefined]) {
      const res = await put(M.noExtent, gif, type);
      expect(res.status, String(type)).toBe(415);
      expect((await errorOf(res)).code).toBe("UnsupportedMediaType");
    }
    const notPng = await put(M.noExtent, JPEG, "image/png");
    expect(notPng.status).toBe(422);
    expect((await errorOf(notPng)).code).toBe("InvalidiModelsRequest");
    expect((await put(M.noExtent, PNG, "image/jpeg")).status).toBe(422);
    expect((await put(M.noExtent, new Uint8Array(0), "image/png")).status).toBe(422);
  });

  it("answers 413 above 5 MB and takes exactly 5 MB", async () => {
    const limit = 5 * 1024 * 1024;
    const exact = new Uint8Array(limit);
    exact.set(PNG);
    expect((await put(M.noExtent, exact, "image/png")).status).toBe(204);
    const over = new Uint8Array(limit + 1);
    over.set(PNG);
    const res = await put(M.noExtent, over, "image/png");
    expect(res.status).toBe(413);
    expect((await errorOf(res)).code).toBe("PayloadTooLarge");
  });

  it("answers 403 without imodels_manage, 404 for unknown or invisible ones", async () => {
    const viewer = await put(M.noExtent, PNG, "image/png", "viewer");
    expect(viewer.status).toBe(403);
    expect((await errorOf(viewer)).code).toBe("InsufficientPermissions");
    expect((await put(M.harborSecured, PNG, "image/png", "mixed")).status).toBe(403);
    expect((await put(M.harborDeck, PNG, "image/png", "mixed")).status).toBe(204);
    expect((await put(M.metroRestricted, PNG, "image/png", "viewer")).status).toBe(404);
    expect((await put("00000000-0000-4000-8000-000000000000", PNG, "image/png")).status).toBe(404);
  });

  it("logs an upload by its size, and a reset brings the seed pictures back", async () => {
    await put(M.noExtent, PNG, "image/png");
    const log = (await (await sim.control("/__sim/requests", undefined, "GET")).json()) as {
      method: string;
      body: unknown;
    }[];
    expect(log.find((r) => r.method === "PUT")?.body).toBe(`<${PNG.length} bytes>`);
    await sim.control("/__sim/reset");
    expect((await bytesOf(await get(M.noExtent))).equals(Buffer.from(PNG))).toBe(false);
  });
});
