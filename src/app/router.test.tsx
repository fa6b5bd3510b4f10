import { QueryClient } from "@tanstack/react-query";
import { afterEach, describe, expect, it, vi } from "vitest";
import { iModelKeys } from "../api/imodels";
import { createAppRouter } from "./router";

function startAt(path: string, signedIn: boolean) {
  window.history.replaceState(null, "", path);
  const queryClient = new QueryClient();
  const asked: unknown[] = [];
  vi.spyOn(queryClient, "prefetchQuery").mockImplementation((options) => {
    asked.push(options.queryKey);
    return Promise.resolve();
  });
  const router = createAppRouter({ queryClient, isSignedIn: () => signedIn });
  return { router, keys: () => asked };
}

let dispose: (() => void) | undefined;
afterEach(() => dispose?.());

describe("the detail route's loader", () => {
  it("asks for the iModel and its permissions as the route is entered", async () => {
    const { router, keys } = startAt("/imodels/abc", true);
    dispose = () => router.dispose();
    await vi.waitFor(() => expect(router.state.initialized).toBe(true));
    expect(keys()).toEqual([iModelKeys.detail("abc"), iModelKeys.permissions("abc")]);
  });

  it("asks for nothing before sign-in", async () => {
    const { router, keys } = startAt("/imodels/abc", false);
    dispose = () => router.dispose();
    await vi.waitFor(() => expect(router.state.initialized).toBe(true));
    expect(keys()).toEqual([]);
  });

  it("asks again for another iModel, not when only the search changes", async () => {
    const { router, keys } = startAt("/imodels/abc", true);
    dispose = () => router.dispose();
    await vi.waitFor(() => expect(router.state.initialized).toBe(true));
    await router.navigate("/imodels/abc?tab=x");
    expect(router.state.location.search).toBe("?tab=x");
    expect(keys()).toHaveLength(2);
    await router.navigate("/imodels/def");
    expect(keys()).toEqual([
      iModelKeys.detail("abc"),
      iModelKeys.permissions("abc"),
      iModelKeys.detail("def"),
      iModelKeys.permissions("def"),
    ]);
  });

  it("asks for nothing on the list route", async () => {
    const { router, keys } = startAt("/itwins/t1", true);
    dispose = () => router.dispose();
    await vi.waitFor(() => expect(router.state.initialized).toBe(true));
    expect(keys()).toEqual([]);
  });
});
