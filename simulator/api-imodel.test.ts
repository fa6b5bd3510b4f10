import { describe, expect, it } from "vitest";
import { LONG_NAME } from "./seed-data";
import { SEED } from "./seed-ids";
import { errorOf, useTestSim } from "./test-helpers";

const sim = useTestSim();

const M = SEED.imodels;
type IModel = Record<string, unknown> & {
  name: string;
  description: string | null;
  extent: unknown;
};

async function getIModel(id: string, user = "editor"): Promise<IModel> {
  const res = await sim.api(`/imodels/${id}`, { user });
  expect(res.status).toBe(200);
  return ((await res.json()) as { iModel: IModel }).iModel;
}

function patch(
  id: string,
  body: unknown,
  init: { user?: string; contentType?: string | null; raw?: string } = {},
) {
  const headers: Record<string, string> = {};
  if (init.contentType !== null) headers["Content-Type"] = init.contentType ?? "application/json";
  return sim.api(`/imodels/${id}`, {
    method: "PATCH",
    user: init.user ?? "editor",
    headers,
    body: init.raw ?? JSON.stringify(body),
  });
}

describe("GET /imodels/{id} and permissions", () => {
  it("returns the iModel with displayName = name and seeded edge cases", async () => {
    const plant = await getIModel(M.sunCityPlant);
    expect(plant.displayName).toBe(plant.name);
    expect((await getIModel(M.noExtent)).extent).toBeNull();
    expect((await getIModel(M.notInitialized)).state).toBe("notInitialized");
    expect((await getIModel(M.longName)).name).toHaveLength(255);
    expect((await getIModel(M.htmlDescription)).description).toContain(
      "<img src=x onerror=alert(1)>",
    );
    const inverted = (await getIModel(M.invertedExtent)).extent as {
      southWest: { latitude: number };
      northEast: { latitude: number };
    };
    expect(inverted.southWest.latitude).toBeGreaterThan(inverted.northEast.latitude);
    expect((await getIModel(M.japanese)).name).toMatch(/[\u3040-\u30ff\u4e00-\u9fff]/);
  });

  it("answers 404 iModelNotFound for an unknown id, a non-UUID and an iModel the caller may not view", async () => {
    for (const [id, user] of [
      ["00000000-0000-4000-8000-000000000000", "editor"],
      ["nope", "editor"],
      [M.metroRestricted, "viewer"],
    ]) {
      const res = await sim.api(`/imodels/${id}`, { user });
      expect(res.status).toBe(404);
      expect(await errorOf(res)).toEqual({
        code: "iModelNotFound",
        message: "Requested iModel is not available.",
      });
      expect((await sim.api(`/imodels/${id}/permissions`, { user })).status).toBe(404);
    }
  });

  it("computes effective permissions: iModel level where configured, else iTwin level", async () => {
    const perms = async (id: string, user: string) =>
      (
        (await (await sim.api(`/imodels/${id}/permissions`, { user })).json()) as {
          permissions: string[];
        }
      ).permissions;
    expect(await perms(M.sunCityPlant, "editor")).toEqual([
      "imodels_webview",
      "imodels_read",
      "imodels_write",
      "imodels_manage",
    ]);
    expect(await perms(M.sunCityPlant, "viewer")).toEqual(["imodels_webview"]);
    expect(await perms(M.harborDeck, "mixed")).toContain("imodels_manage");
    expect(await perms(M.harborSecured, "mixed")).toEqual(["imodels_webview"]);
    expect(await perms(M.sunCityPlant, "mixed")).not.toContain("imodels_manage");
  });
});

describe("PATCH /imodels/{id}", () => {
  it("updates and returns the new values; absent keys are kept, null clears", async () => {
    const res = await patch(M.sunCityPlant, { description: null, extent: null });
    expect(res.status).toBe(200);
    const updated = ((await res.json()) as { iModel: IModel }).iModel;
    expect(updated).toMatchObject({
      name: "Sun City Renewable-energy Plant",
      description: null,
      extent: null,
    });
    const renamed = (
      (await (await patch(M.sunCityPlant, { name: "Sun City Plant v2" })).json()) as {
        iModel: IModel;
      }
    ).iModel;
    expect(renamed).toMatchObject({
      name: "Sun City Plant v2",
      displayName: "Sun City Plant v2",
      description: null,
    });
    expect((await getIModel(M.sunCityPlant)).name).toBe("Sun City Plant v2");
  });

  it("accepts the seed document's example body and stores extents as sent (no corner-order check)", async () => {
    const body = {
      name: "Sun City Renewable-energy Plant",
      description: "Overall model of wind and solar farms in Sun City",
      extent: {
        southWest: { latitude: 46.3, longitude: 7.8 },
        northEast: { latitude: 46.1, longitude: 7.6 },
      },
    };
    const res = await patch(M.sunCityPlant, body);
    expect(res.status).toBe(200);
    expect(((await res.json()) as { iModel: IModel }).iModel.extent).toEqual(body.extent);
  });

  it("checks in the spec's order: 404 before 403 before 415 before 422 before 409", async () => {
    expect(
      (await patch(M.metroRestricted, "not json", { user: "viewer", contentType: "text/plain" }))
        .status,
    ).toBe(404);
    const forbidden = await patch(
      M.sunCityPlant,
      { name: "" },
      { user: "viewer", contentType: "text/plain" },
    );
    expect(forbidden.status).toBe(403);
    expect(await errorOf(forbidden)).toEqual({
      code: "InsufficientPermissions",
      message: "The user has insufficient permissions for the requested operation.",
    });
    const media = await patch(M.sunCityPlant, { name: "" }, { contentType: "text/plain" });
    expect(media.status).toBe(415);
    expect(await errorOf(media)).toEqual({
      code: "UnsupportedMediaType",
      message: "Media Type is not supported.",
    });
    expect((await patch(M.sunCityPlant, { name: "x" }, { contentType: null })).status).toBe(415);
    expect((await patch(M.notInitialized, { name: "" })).status).toBe(422);
    expect((await patch(M.notInitialized, { name: "Sun City Wind Farm" })).status).toBe(409);
  });

  it("lets the mixed user edit in Harbor Bridge but not the secured iModel there", async () => {
    expect((await patch(M.harborDeck, { description: "ok" }, { user: "mixed" })).status).toBe(200);
    expect((await patch(M.harborSecured, { description: "no" }, { user: "mixed" })).status).toBe(
      403,
    );
    expect((await patch(M.sunCityPlant, { description: "no" }, { user: "mixed" })).status).toBe(
      403,
    );
  });

  it.each([
    ["not JSON", "{oops", "InvalidRequestBody", undefined],
    ["an array", "[]", "InvalidRequestBody", undefined],
    ["no known property", JSON.stringify({ foo: 1 }), "MissingRequiredProperty", undefined],
    ["a blank name", JSON.stringify({ name: "   " }), "InvalidValue", "name"],
    ["a name over 255", JSON.stringify({ name: `${LONG_NAME}x` }), "InvalidValue", "name"],
    ["a null name", JSON.stringify({ name: null }), "InvalidValue", "name"],
    [
      "a description over 255",
      JSON.stringify({ description: "d".repeat(256) }),
      "InvalidValue",
      "description",
    ],
    [
      "a latitude out of range",
      JSON.stringify({
        extent: {
          southWest: { latitude: -91, longitude: 0 },
          northEast: { latitude: 1, longitude: 1 },
        },
      }),
      "InvalidValue",
      "extent",
    ],
    [
      "a longitude out of range",
      JSON.stringify({
        extent: {
          southWest: { latitude: 0, longitude: 0 },
          northEast: { latitude: 1, longitude: 180.5 },
        },
      }),
      "InvalidValue",
      "extent",
    ],
    [
      "a missing corner",
      JSON.stringify({ extent: { southWest: { latitude: 0, longitude: 0 } } }),
      "InvalidValue",
      "extent",
    ],
    [
      "a non-number coordinate",
      JSON.stringify({
        extent: {
          southWest: { latitude: "0", longitude: 0 },
          northEast: { latitude: 1, longitude: 1 },
        },
      }),
      "InvalidValue",
      "extent",
    ],
  ])("answers 422 for %s", async (_label, raw, code, target) => {
    const res = await patch(M.sunCityPlant, undefined, { raw });
    expect(res.status).toBe(422);
    const error = await errorOf(res);
    expect(error.code).toBe("InvalidiModelsRequest");
    expect(error.message).toBe("Cannot update iModel.");
    expect(error.details?.[0]).toMatchObject({ code, ...(target ? { target } : {}) });
    if (target === undefined) expect(error.details?.[0]).not.toHaveProperty("target");
  });

  it("names the rules in its messages and reports one detail per problem", async () => {
    const res = await patch(M.sunCityPlant, {
      name: "",
      description: "d".repeat(256),
      extent: {
        southWest: { latitude: 95, longitude: 0 },
        northEast: { latitude: 1, longitude: 1 },
      },
    });
    const error = await errorOf(res);
    expect(error.details?.map((d) => d.target)).toEqual(["name", "description", "extent"]);
    expect(error.details).toContainEqual({
      code: "InvalidValue",
      message: "Provided 'extent' value is not valid. Valid 'latitude' value range is -90 to 90.",
      target: "extent",
    });
    expect(error.details).toContainEqual({
      code: "InvalidValue",
      message:
        "Provided 'description' value is not valid. The value exceeds allowed 255 characters.",
      target: "description",
    });
    expect((await getIModel(M.sunCityPlant)).name).toBe("Sun City Renewable-energy Plant");
  });

  it("answers 409 iModelExists for a name taken in the iTwin (any case), and for a not-initialized iModel", async () => {
    const clash = await patch(M.sunCityPlant, { name: "SUN CITY WIND FARM" });
    expect(clash.status).toBe(409);
    expect(await errorOf(clash)).toEqual({
      code: "iModelExists",
      message: "iModel with the same name already exists within the iTwin.",
    });
    const notReady = await patch(M.notInitialized, { description: "x" });
    expect(notReady.status).toBe(409);
    const error = await errorOf(notReady);
    expect(error.code).toBe("iModelExists");
    expect(error.message).toMatch(/not initialized/);
    expect((await patch(M.sunCityPlant, { name: "Harbor Bridge Deck Strengthening" })).status).toBe(
      200,
    );
  });

  it("is rate limited after its own checks, with Retry-After", async () => {
    await sim.control("/__sim/rate-limit", { perMinute: 1, perHour: 100 });
    expect((await sim.api(`/imodels/${M.sunCityPlant}`)).status).toBe(200);
    expect((await patch(M.sunCityPlant, { name: "" })).status).toBe(422);
    const limited = await patch(M.sunCityPlant, { name: "Fine name" });
    expect(limited.status).toBe(429);
    expect(Number(limited.headers.get("Retry-After"))).toBeGreaterThanOrEqual(1);
    expect((await errorOf(limited)).code).toBe("TooManyRequests");
  });
});
