// @vitest-environment node
import { QueryClient } from "@tanstack/react-query";
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { json, noContent, startTestServer, type TestServer } from "./http-test-server";
import { addIModelRecent, iModelRecentQueries, removeIModelRecent } from "./imodel-recents";
import { testIModel } from "./imodel-fixture";

let server: TestServer;
beforeAll(async () => {
  server = await startTestServer();
});
afterAll(() => server.close());
beforeEach(() => server.reset());

const iModel = (id: string) => testIModel(id);

describe("recent iModels API", () => {
  it("reads every page of an iTwin's recents as full iModels, most recent first", async () => {
    server.answer(
      json(200, {
        iModels: [iModel("b"), iModel("a")],
        _links: {
          next: { href: `${server.baseUrl}/imodels/recents?iTwinId=twin&$continuationToken=x` },
        },
      }),
      json(200, { iModels: [iModel("c")], _links: { next: null } }),
    );
    const recents = await new QueryClient().fetchQuery(iModelRecentQueries.ofITwin("twin"));
    expect(recents.map((m) => m.id)).toEqual(["b", "a", "c"]);
    expect(server.seen[0]!.url).toBe("/imodels/recents?iTwinId=twin&%24top=25");
    expect(server.seen[0]!.headers.prefer).toBe("return=representation");
    expect(server.seen[1]!.url).toBe("/imodels/recents?iTwinId=twin&$continuationToken=x");
  });

  it("adds with POST and removes with DELETE; a 404 on removal is already removed", async () => {
    server.answer(noContent, json(404, { error: { code: "iModelNotFound", message: "gone" } }));
    await addIModelRecent("m1");
    await expect(removeIModelRecent("m1")).resolves.toBeUndefined();
    expect(server.seen.map((r) => `${r.method} ${r.url}`)).toEqual([
      "POST /imodels/recents/m1",
      "DELETE /imodels/recents/m1",
    ]);
  });

  it("passes a failed add on (the caller decides to ignore it)", async () => {
    server.answer(json(500, { error: { code: "InternalServerError", message: "boom" } }));
    await expect(addIModelRecent("m1")).rejects.toMatchObject({ status: 500 });
  });
});
