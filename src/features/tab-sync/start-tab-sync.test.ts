import { QueryClient } from "@tanstack/react-query";
import { describe, expect, it, vi } from "vitest";
import { favoriteQueries } from "../../api/favorites";
import { iModelKeys, type IModel } from "../../api/imodels";
import { handleTabMessage } from "./start-tab-sync";
import { testIModel } from "../../api/imodel-fixture";

const plant: IModel = testIModel("a", { name: "Plant" });

describe("messages from the user's other tabs", () => {
  it("put a star confirmed there into this tab's favorites", () => {
    const queryClient = new QueryClient();
    const { queryKey } = favoriteQueries.ofITwin("twin");
    queryClient.setQueryData(queryKey, []);
    handleTabMessage(queryClient, { type: "favorite", iModel: plant, favorite: true }, vi.fn());
    expect(queryClient.getQueryData(queryKey)).toEqual([plant]);
    handleTabMessage(queryClient, { type: "favorite", iModel: plant, favorite: false }, vi.fn());
    expect(queryClient.getQueryData(queryKey)).toEqual([]);
  });

  it("put a save made there into this tab's iModel", () => {
    const queryClient = new QueryClient();
    queryClient.setQueryData(iModelKeys.detail("a"), plant);
    const saved = { ...plant, name: "Renamed in the other tab" };
    handleTabMessage(queryClient, { type: "saved", iModel: saved }, vi.fn());
    expect(queryClient.getQueryData(iModelKeys.detail("a"))).toEqual(saved);
  });

  it("sign this tab out when another signed out", () => {
    const onSignedOut = vi.fn();
    handleTabMessage(new QueryClient(), { type: "signedOut" }, onSignedOut);
    expect(onSignedOut).toHaveBeenCalledOnce();
  });
});
