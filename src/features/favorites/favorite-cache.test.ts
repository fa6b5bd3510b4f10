import { QueryClient } from "@tanstack/react-query";
import { describe, expect, it } from "vitest";
import { favoriteKeys } from "../../api/favorites";
import { testIModel } from "../../api/imodel-fixture";
import { cachedFavorite, watchFavorites } from "./favorite-cache";

describe("the favorites cache as the stars read it", () => {
  it("tells a star of its own iTwin's favorites only, until it stops watching", () => {
    const queryClient = new QueryClient();
    const calls: string[] = [];
    const stop = watchFavorites(queryClient, "twin", () => calls.push("twin"));
    watchFavorites(queryClient, "other", () => calls.push("other"));
    queryClient.setQueryData(["thumbnail", "a"], "blob:a");
    expect(calls).toEqual([]);
    queryClient.setQueryData(favoriteKeys.ofITwin("twin"), [testIModel("a")]);
    expect(calls.filter((c) => c === "twin").length).toBeGreaterThan(0);
    expect(calls).not.toContain("other");
    calls.length = 0;
    stop();
    queryClient.setQueryData(favoriteKeys.ofITwin("twin"), []);
    expect(calls).toEqual([]);
  });

  it("reads whether an iModel is a favorite, undefined before the favorites load", () => {
    const queryClient = new QueryClient();
    const iModel = testIModel("a");
    expect(cachedFavorite(queryClient, iModel)).toBeUndefined();
    queryClient.setQueryData(favoriteKeys.ofITwin("twin"), [iModel]);
    expect(cachedFavorite(queryClient, iModel)).toBe(true);
    expect(cachedFavorite(queryClient, testIModel("b"))).toBe(false);
  });
});
