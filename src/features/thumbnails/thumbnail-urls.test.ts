import { QueryClient } from "@tanstack/react-query";
import { afterEach, describe, expect, it, vi } from "vitest";
import { storeThumbnail, watchThumbnailUrls } from "./thumbnail-urls";

afterEach(() => vi.restoreAllMocks());

describe("thumbnail object URLs", () => {
  it("revokes the old URL when a new picture is stored and the last one when dropped", () => {
    let n = 0;
    vi.spyOn(URL, "createObjectURL").mockImplementation(() => `blob:${(n += 1)}`);
    const revoke = vi.spyOn(URL, "revokeObjectURL").mockImplementation(() => {});
    const queryClient = new QueryClient();
    watchThumbnailUrls(queryClient.getQueryCache());
    watchThumbnailUrls(queryClient.getQueryCache());
    storeThumbnail(queryClient, "a", new Blob(["x"], { type: "image/png" }));
    expect(revoke).not.toHaveBeenCalled();
    storeThumbnail(queryClient, "a", new Blob(["y"], { type: "image/png" }));
    expect(revoke.mock.calls.map(([url]) => url).sort()).toEqual(["blob:1", "blob:2"]);
    queryClient.removeQueries({ queryKey: ["imodels", "thumbnail", "a", "small"] });
    expect(revoke).toHaveBeenLastCalledWith("blob:3");
    expect(revoke).toHaveBeenCalledTimes(3);
  });
});
