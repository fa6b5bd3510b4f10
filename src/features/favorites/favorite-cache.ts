import type { QueryClient } from "@tanstack/react-query";
import { favoriteQueries } from "../../api/favorites";
import type { IModel } from "../../api/imodels";

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
  const favorites = queryClient.getQueryData(favoriteQueries.ofITwin(iModel.iTwinId).queryKey);
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
