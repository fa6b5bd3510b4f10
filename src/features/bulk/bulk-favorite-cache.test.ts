import { QueryClient } from "@tanstack/react-query";
import { describe, expect, it } from "vitest";
import { favoriteQueries } from "../../api/favorites";
import type { IModel } from "../../api/imodels";
import { createBulkFavoriteCache } from "./bulk-favorite-cache";
import { testIModel } from "../../api/imodel-fixture";

const m = (id: string): IModel => testIModel(id);
const key = favoriteQueries.ofITwin("twin").queryKey;
const ids = (client: QueryClient) =>
  client
    .getQueryData(key)
    ?.map((x) => x.id)
    .sort();

describe("bulk favorite cache", () => {
  it("writes confirmed stars and keeps them over a load that started before them", async () => {
    const client = new QueryClient();
    client.setQueryData(key, [m("a")]);
    const stars = createBulkFavoriteCache(client);
    let finishLoad: (list: IModel[]) => void = () => {};
    const load = client.fetchQuery({
      queryKey: key,
      queryFn: () => new Promise<IModel[]>((resolve) => (finishLoad = resolve)),
    });
    stars.confirm(m("b"), true);
    stars.confirm(m("a"), false);
    expect(ids(client)).toEqual(["b"]);
    // The load answers with the server's list from before the stars.
    finishLoad([m("a")]);
    await load;
    expect(ids(client)).toEqual(["b"]);
  });
});
