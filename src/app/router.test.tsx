import { QueryClient } from "@tanstack/react-query";
import { afterEach, describe, expect, it, vi } from "vitest";
import { favoriteKeys } from "../api/favorites";
import { iModelKeys } from "../api/imodels";
import { iTwinKeys } from "../api/itwins";
import { createAppRouter } from "./router";

function startAt(path: string, signedIn: boolean) {
  window.history.replaceState(null, "", path);
  const queryClient = new QueryClient();
  const prefetched = vi.spyOn(queryClient, "prefetchQuery").mockResolvedValue();
  const prefetchedPages = vi.spyOn(queryClient, "prefetchInfiniteQuery").mockResolvedValue();
  const router = createAppRouter({ queryClient, isSignedIn: () => signedIn });
  const keys = () => [...prefetched.mock.calls, ...prefetchedPages.mock.calls].map(([options]) => options.queryKey);
  return { router, keys };
}

let dispose: (() => void) | undefined;
afterEach(() => dispose?.());

describe("route loaders", () => {
  it("ask for an iModel and its permissions as the detail route is entered", async () => {
    const { router, keys } = startAt("/imodels/abc", true);
    dispose = () => router.dispose();
    await vi.waitFor(() => expect(router.state.initialized).toBe(true));
    expect(keys()).toEqual([iModelKeys.detail("abc"), iModelKeys.permissions("abc")]);
  });

  it("ask for the list the URL describes, the iTwins and the favorites as the list route is entered", async () => {
    const { router, keys } = startAt("/itwins/t1?q=plant&sort=name+desc", true);
    dispose = () => router.dispose();
    await vi.waitFor(() => expect(router.state.initialized).toBe(true));
    expect(keys()).toEqual([
      iTwinKeys.mine(),
      favoriteKeys.ofITwin("t1"),
      iModelKeys.list({ iTwinId: "t1", search: "plant", orderBy: "name desc" }),
    ]);
  });

  it("ask for no list in the favorites-only view", async () => {
    const { router, keys } = startAt("/itwins/t1?favorites=1", true);
    dispose = () => router.dispose();
    await vi.waitFor(() => expect(router.state.initialized).toBe(true));
    expect(keys()).toEqual([iTwinKeys.mine(), favoriteKeys.ofITwin("t1")]);
  });

  it("ask for nothing before sign-in", async () => {
    const { router, keys } = startAt("/imodels/abc", false);
    dispose = () => router.dispose();
    await vi.waitFor(() => expect(router.state.initialized).toBe(true));
    expect(keys()).toEqual([]);
  });

  it("do not ask again when only the list's search changes", async () => {
    const { router, keys } = startAt("/itwins/t1", true);
    dispose = () => router.dispose();
    await vi.waitFor(() => expect(router.state.initialized).toBe(true));
    const before = keys().length;
    await router.navigate("/itwins/t1?q=x");
    expect(router.state.location.search).toBe("?q=x");
    expect(keys()).toHaveLength(before);
  });
});
