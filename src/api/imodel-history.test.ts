// @vitest-environment node
import { QueryClient } from "@tanstack/react-query";
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { isApiError } from "./api-error";
import { json, startTestServer, type TestServer } from "./http-test-server";
import { creatorIdFromLink, historyQueries } from "./imodel-history";

let server: TestServer;
beforeAll(async () => {
  server = await startTestServer();
});
afterAll(() => server.close());
beforeEach(() => server.reset());

const CHANGESET = {
  id: "a".repeat(40),
  index: 412,
  description: "Moved cable route",
  pushDateTime: "2024-05-02T14:03:11.4200000Z",
  creatorId: "u1",
};

describe("iModel history API", () => {
  it("asks for one changeset, newest first, and gives it or null", async () => {
    server.answer(
      json(200, { changesets: [CHANGESET], _links: { self: null, prev: null, next: null } }),
      json(200, { changesets: [] }),
    );
    const client = new QueryClient();
    expect(await client.fetchQuery(historyQueries.latestChangeset("m/1"))).toEqual(CHANGESET);
    expect(await new QueryClient().fetchQuery(historyQueries.latestChangeset("m2"))).toBeNull();
    const url = new URL(server.seen[0]!.url, "http://x");
    expect(url.pathname).toBe("/imodels/m%2F1/changesets");
    expect(url.searchParams.get("$top")).toBe("1");
    expect(url.searchParams.get("$orderBy")).toBe("index desc");
    expect(server.seen[0]!.headers.prefer).toBe("return=representation");
  });

  it("reads one page of named versions, newest first, and says when there are more", async () => {
    const version = { id: "v", displayName: "As built 4", changesetIndex: 300 };
    server.answer(
      json(200, { namedVersions: [version], _links: { next: { href: "http://x/next" } } }),
    );
    const summary = await new QueryClient().fetchQuery(historyQueries.namedVersions("m"));
    expect(summary).toEqual({ versions: [version], more: true });
    const url = new URL(server.seen[0]!.url, "http://x");
    expect(url.searchParams.get("$orderBy")).toBe("changesetIndex desc");
  });

  it("reads a user of the iModel and passes a 404 on as an API error", async () => {
    server.answer(
      json(200, { user: { id: "u1", displayName: "Ada Okafor", email: "ada@example.com" } }),
      json(404, { error: { code: "UserNotFound", message: "Requested User is not available." } }),
    );
    const user = await new QueryClient().fetchQuery(historyQueries.user("m", "u1"));
    expect(user.displayName).toBe("Ada Okafor");
    expect(server.seen[0]!.url).toBe("/imodels/m/users/u1");
    const failed = await new QueryClient()
      .fetchQuery({ ...historyQueries.user("m", "u2"), retry: false })
      .catch((error: unknown) => error);
    expect(isApiError(failed) && failed.status).toBe(404);
  });

  it("takes the user id from the creator link, wherever the link points", () => {
    expect(creatorIdFromLink("https://api.example/imodels/m/users/42101fba-847a")).toBe(
      "42101fba-847a",
    );
    expect(creatorIdFromLink("https://api.example/imodels/m/users/u%201/")).toBe("u 1");
    expect(creatorIdFromLink("https://api.example/imodels/m/changesets")).toBeUndefined();
    expect(creatorIdFromLink(null)).toBeUndefined();
  });
});
