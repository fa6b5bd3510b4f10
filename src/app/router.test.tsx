import { QueryClient } from "@tanstack/react-query";
import { afterEach, describe, expect, it, vi } from "vitest";
import { iModelKeys } from "../api/imodels";
import { iTwinKeys } from "../api/itwins";
import { thumbnailUrlQuery } from "../features/thumbnails/thumbnail-urls";
import { createAppRouter } from "./router";

async function startAt(
  path: string,
  signedIn: boolean,
  prepare?: (queryClient: QueryClient) => Promise<unknown>,
  tileUrl?: string,
) {
  window.history.replaceState(null, "", path);
  const queryClient = new QueryClient({ defaultOptions: { queries: { retry: false } } });
  await prepare?.(queryClient);
  const asked: unknown[] = [];
  vi.spyOn(queryClient, "prefetchQuery").mockImplementation((options) => {
    asked.push(options.queryKey);
    return Promise.resolve();
  });
  const router = createAppRouter({ queryClient, isSignedIn: () => signedIn, tileUrl });
  dispose = () => router.dispose();
  // The first start imports the page's code, transformed on demand: seconds on a busy machine.
  await vi.waitFor(() => expect(router.state.initialized).toBe(true), { timeout: 5_000 });
  return { router, keys: () => asked };
}

let dispose: (() => void) | undefined;
afterEach(() => dispose?.());

describe("the detail route's loader", () => {
  it("asks for the iModel, its permissions, the iTwins and the thumbnail as the app starts on the page", async () => {
    const { keys } = await startAt("/imodels/abc", true);
    expect(keys()).toEqual([
      iModelKeys.detail("abc"),
      iModelKeys.permissions("abc"),
      iTwinKeys.mine(),
      thumbnailUrlQuery("abc", "large").queryKey,
    ]);
  });

  it("opens a connection to the tile server, whose first tile is the page's largest paint", async () => {
    await startAt("/imodels/abc", true, undefined, "https://tiles.example.org/{z}/{x}/{y}.png");
    const link = document.head.querySelector<HTMLLinkElement>('link[rel="preconnect"]');
    expect(link?.href).toBe("https://tiles.example.org/");
  });

  it("asks for nothing before sign-in", async () => {
    const { keys } = await startAt("/imodels/abc", false);
    expect(keys()).toEqual([]);
  });

  it("leaves a later visit's requests to the page, which renders at once", async () => {
    const { router, keys } = await startAt("/itwins/t1", true);
    await router.navigate("/imodels/def");
    expect(router.state.location.pathname).toBe("/imodels/def");
    expect(keys()).toEqual([]);
  });

  it("on a later visit, asks again for what failed before (the page does not retry on mount)", async () => {
    const failed = (queryClient: QueryClient) =>
      queryClient.prefetchQuery({
        queryKey: iModelKeys.detail("def"),
        queryFn: () => Promise.reject(new Error("502")),
      });
    const { router, keys } = await startAt("/itwins/t1", true, failed);
    await router.navigate("/imodels/def");
    expect(keys()).toEqual([iModelKeys.detail("def")]);
  });

  it("does not ask again when only the search changes", async () => {
    const failed = (queryClient: QueryClient) =>
      queryClient.prefetchQuery({
        queryKey: iModelKeys.detail("abc"),
        queryFn: () => Promise.reject(new Error("502")),
      });
    const { router, keys } = await startAt("/imodels/abc", true, failed);
    expect(keys()).toHaveLength(4);
    await router.navigate("/imodels/abc?tab=x");
    expect(router.state.location.search).toBe("?tab=x");
    expect(keys()).toHaveLength(4);
  });
});
