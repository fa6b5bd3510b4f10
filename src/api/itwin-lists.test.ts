// @vitest-environment node
import { QueryClient } from "@tanstack/react-query";
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { ACCEPT_V1 } from "./client";
import { json, noContent, startTestServer, type TestServer } from "./http-test-server";
import { addITwinFavorite, iTwinFavoriteQueries, removeITwinFavorite } from "./itwin-favorites";
import { addITwinRecent, iTwinRecentQueries } from "./itwin-recents";

let server: TestServer;
beforeAll(async () => {
  server = await startTestServer();
});
afterAll(() => server.close());
beforeEach(() => server.reset());

const located = {
  id: "t1",
  displayName: "Harbor Bridge Retrofit",
  number: "HBR",
  subClass: "Project",
  status: "Active",
  latitude: 55.69,
  longitude: 12.59,
  geographicLocation: "Copenhagen, Denmark",
};
const nowhere = { id: "t2", displayName: "Greenfield", latitude: null };

describe("favorite iTwins API", () => {
  it("reads every page as full iTwins, with their location (null when there is none)", async () => {
    server.answer(
      json(200, {
        iTwins: [located],
        _links: { next: { href: `${server.baseUrl}/itwins/favorites?$skip=1&$top=1000` } },
      }),
      json(200, { iTwins: [nowhere], _links: { next: null } }),
    );
    const favorites = await new QueryClient().fetchQuery(iTwinFavoriteQueries.mine());
    expect(favorites).toEqual([
      expect.objectContaining({
        id: "t1",
        latitude: 55.69,
        longitude: 12.59,
        geographicLocation: "Copenhagen, Denmark",
      }),
      expect.objectContaining({
        id: "t2",
        latitude: null,
        longitude: null,
        geographicLocation: null,
      }),
    ]);
    expect(server.seen[0]!.url).toBe("/itwins/favorites?subClass=Project&%24top=1000");
    expect(server.seen[0]!.headers).toMatchObject({
      accept: ACCEPT_V1,
      prefer: "return=representation",
    });
    expect(server.seen[1]!.url).toBe("/itwins/favorites?$skip=1&$top=1000");
  });

  it("adds with POST (204 or 200 alike) and removes with DELETE", async () => {
    server.answer(noContent, json(200, {}), noContent);
    await addITwinFavorite("t1");
    await addITwinFavorite("t1");
    await removeITwinFavorite("t1");
    expect(server.seen.map((r) => `${r.method} ${r.url}`)).toEqual([
      "POST /itwins/favorites/t1",
      "POST /itwins/favorites/t1",
      "DELETE /itwins/favorites/t1",
    ]);
    expect(server.seen[0]!.headers.accept).toBe(ACCEPT_V1);
  });

  it("takes a 404 on removal as already removed, and passes a 403 on", async () => {
    server.answer(
      json(404, { error: { code: "iTwinNotFound", message: "gone" } }),
      json(403, { error: { code: "InsufficientPermissions", message: "no" } }),
      json(403, { error: { code: "InsufficientPermissions", message: "no" } }),
    );
    await expect(removeITwinFavorite("t1")).resolves.toBeUndefined();
    await expect(removeITwinFavorite("t1")).rejects.toMatchObject({ status: 403 });
    await expect(addITwinFavorite("t1")).rejects.toMatchObject({ status: 403 });
  });
});

describe("recent iTwins API", () => {
  it("reads the recents, most recent first as sent, and adds with POST", async () => {
    server.answer(json(200, { iTwins: [nowhere, located], _links: { next: null } }), noContent);
    const recents = await new QueryClient().fetchQuery(iTwinRecentQueries.mine());
    expect(recents.map((t) => t.id)).toEqual(["t2", "t1"]);
    expect(server.seen[0]!.url).toBe("/itwins/recents?subClass=Project&%24top=25");
    await addITwinRecent("t 1");
    expect(`${server.seen[1]!.method} ${server.seen[1]!.url}`).toBe("POST /itwins/recents/t%201");
  });
});
