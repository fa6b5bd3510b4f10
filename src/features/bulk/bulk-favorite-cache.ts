import type { QueryClient } from "@tanstack/react-query";
import { favoriteKeys, favoriteQueries } from "../../api/favorites";
import type { IModel } from "../../api/imodels";

type Confirmed = { iModel: IModel; wanted: boolean };

/**
 * Lands each star the job confirmed in the favorites cache the rows and the detail page read.
 * Unlike a single star it never cancels a load on its way (a cancelled load puts the old list
 * back, so hundreds of stars would flicker away); instead, whatever list a load brings, the
 * job's confirmed stars are written over it again.
 */
export function createBulkFavoriteCache(queryClient: QueryClient) {
  const confirmed = new Map<string, Confirmed>();

  const write = (iTwinId: string) => {
    const mine = [...confirmed.values()].filter((c) => c.iModel.iTwinId === iTwinId);
    queryClient.setQueryData(favoriteQueries.ofITwin(iTwinId).queryKey, (old) => {
      if (!old) return old;
      const byId = new Map(old.map((m) => [m.id, m]));
      let changed = false;
      for (const { iModel, wanted } of mine) {
        if (wanted === byId.has(iModel.id)) continue;
        changed = true;
        if (wanted) byId.set(iModel.id, iModel);
        else byId.delete(iModel.id);
      }
      return changed ? [...byId.values()] : old;
    });
  };

  queryClient.getQueryCache().subscribe((event) => {
    if (event.type !== "updated" || event.action.type !== "success" || event.action.manual) return;
    const [root, kind, iTwinId] = event.query.queryKey as unknown[];
    if (root === favoriteKeys.all[0] && kind === "itwin" && typeof iTwinId === "string")
      write(iTwinId);
  });

  return {
    confirm(iModel: IModel, wanted: boolean): void {
      confirmed.set(iModel.id, { iModel, wanted });
      write(iModel.iTwinId);
    },
    /** A new job: the last one's stars are in the server's lists by now. */
    reset(): void {
      confirmed.clear();
    },
  };
}
