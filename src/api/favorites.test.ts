import { QueryClient } from "@tanstack/react-query";
import { beforeEach, describe, expect, it } from "vitest";
import { ApiError } from "./api-error";
import { configureApi } from "./api-instance";
import type { ApiClient, RequestOptions } from "./client";
import { addFavorite, favoriteQueries, removeFavorite } from "./favorites";
import { testIModel } from "./imodel-fixture";

const iModel = (id: string) => testIModel(id);

let calls: RequestOptions<unknown>[];

function installFakeClient(answer: (req: RequestOptions<unknown>) => unknown) {
  calls = [];
  const client = (async (req: RequestOptions<unknown>) => {
    calls.push(req);
    const result = answer(req);
    if (result instanceof Error) throw result;
    return req.schema ? req.schema.parse(result) : undefined;
  }) as ApiClient;
  configureApi(client);
}

beforeEach(() => installFakeClient(() => undefined));

describe("favorites API", () => {
  it("loads every page of an iTwin's favorites as full iModels", async () => {
    installFakeClient((req) =>
      req.path === "/imodels/favorites"
        ? {
            iModels: [iModel("a"), iModel("b")],
            _links: { next: { href: "https://api.test/imodels/favorites?$continuationToken=x" } },
          }
        : { iModels: [iModel("c")], _links: { next: null } },
    );
    const favorites = await new QueryClient().fetchQuery(favoriteQueries.ofITwin("twin"));
    expect(favorites.map((m) => m.id)).toEqual(["a", "b", "c"]);
    expect(calls[0]).toMatchObject({ query: { iTwinId: "twin" }, prefer: "return=representation" });
    expect(calls[1]).toMatchObject({
      path: "https://api.test/imodels/favorites?$continuationToken=x",
      prefer: "return=representation",
    });
  });

  it("adds with PUT and removes with DELETE, without a body", async () => {
    await addFavorite("id/1");
    await removeFavorite("id/1");
    expect(calls.map((c) => [c.method, c.path, c.body])).toEqual([
      ["PUT", "/imodels/favorites/id%2F1", undefined],
      ["DELETE", "/imodels/favorites/id%2F1", undefined],
    ]);
  });

  it("counts a 404 on remove as removed", async () => {
    installFakeClient(
      () =>
        new ApiError({
          status: 404,
          code: "iModelNotFound",
          message: "Requested iModel is not available.",
        }),
    );
    await expect(removeFavorite("gone")).resolves.toBeUndefined();
  });

  it("passes other failures on", async () => {
    installFakeClient(() => new ApiError({ status: 500, code: "Http500", message: "boom" }));
    await expect(removeFavorite("x")).rejects.toMatchObject({ status: 500 });
    installFakeClient(() => new ApiError({ status: 404, code: "iModelNotFound", message: "gone" }));
    await expect(addFavorite("x")).rejects.toMatchObject({ status: 404 });
  });
});
