import { hashKey, type QueryClient } from "@tanstack/react-query";
import { favoriteKeys, favoriteQueries } from "../../api/favorites";
import type { IModel } from "../../api/imodels";

const hashes = new Map<string, string>();

/** The favorites query's hash, made once per iTwin: every star asks for it on every render. */
function favoritesHash(iTwinId: string): string {
  let hash = hashes.get(iTwinId);
  if (hash === undefined) hashes.set(iTwinId, (hash = hashKey(favoriteKeys.ofITwin(iTwinId))));
  return hash;
}

const watchers = new WeakMap<QueryClient, Map<string, Set<() => void>>>();

/**
 * Calls `listener` when the iTwin's favorites change in the cache. One cache subscription per
 * client serves every star: each cache event (a list page makes hundreds, thumbnails included)
 * goes to the stars of its query only, not to each star to compare.
 */
export function watchFavorites(
  queryClient: QueryClient,
  iTwinId: string,
  listener: () => void,
): () => void {
  let byHash = watchers.get(queryClient);
  if (!byHash) {
    const map = (byHash = new Map<string, Set<() => void>>());
    watchers.set(queryClient, map);
    queryClient.getQueryCache().subscribe((event) => {
      map.get(event.query.queryHash)?.forEach((notify) => notify());
    });
  }
  const hash = favoritesHash(iTwinId);
  let listeners = byHash.get(hash);
  if (!listeners) byHash.set(hash, (listeners = new Set()));
  listeners.add(listener);
  return () => {
    listeners.delete(listener);
  };
}

const idSets = new WeakMap<readonly IModel[], ReadonlySet<string>>();

/** The ids of a favorites list, computed once per list so every star can ask cheaply. */
export function favoriteIdSet(favorites: readonly IModel[]): ReadonlySet<string> {
  let set = idSets.get(favorites);
  if (!set) idSets.set(favorites, (set = new Set(favorites.map((iModel) => iModel.id))));
  return set;
}

/** Whether the server holds the iModel as a favorite, as far as the cache knows; undefined before it is loaded. */
export function cachedFavorite(
  queryClient: QueryClient,
  iModel: Pick<IModel, "id" | "iTwinId">,
): boolean | undefined {
  // The cache by hash: getQueryData would hash the key again for each star on each render.
  const favorites = queryClient.getQueryCache().get(favoritesHash(iModel.iTwinId))?.state.data as
    readonly IModel[] | undefined;
  return favorites ? favoriteIdSet(favorites).has(iModel.id) : undefined;
}

/** Writes a state the server confirmed into the favorites cache, which the list and the detail page both read. */
export function storeConfirmedFavorite(
  queryClient: QueryClient,
  iModel: IModel,
  favorite: boolean,
): void {
  const { queryKey } = favoriteQueries.ofITwin(iModel.iTwinId);
  queryClient.setQueryData(queryKey, (old) => {
    if (!old) return old;
    const has = old.some((m) => m.id === iModel.id);
    if (favorite) return has ? old : [...old, iModel];
    return has ? old.filter((m) => m.id !== iModel.id) : old;
  });
  // A load that started before the server changed would overwrite this with the old state.
  if (queryClient.isFetching({ queryKey }) > 0) void queryClient.invalidateQueries({ queryKey });
}
