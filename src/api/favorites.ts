import { queryOptions } from "@tanstack/react-query";
import { unlessNotFound } from "./api-error";
import { api } from "./api-instance";
import { readAllIModels, type IModel } from "./imodels";

/** The service's largest page: most users have a handful of favorites, so this is usually one request. */
const FAVORITES_PAGE_SIZE = 1000;

export const favoriteKeys = {
  all: ["favorites"] as const,
  ofITwin: (iTwinId: string) => [...favoriteKeys.all, "itwin", iTwinId] as const,
};

/** Every favorite of the user in one iTwin, as full iModels, oldest favorite first. */
function fetchFavorites(iTwinId: string, signal?: AbortSignal): Promise<IModel[]> {
  return readAllIModels("/imodels/favorites", { iTwinId, $top: FAVORITES_PAGE_SIZE }, signal);
}

export const favoriteQueries = {
  ofITwin: (iTwinId: string) =>
    queryOptions({
      queryKey: favoriteKeys.ofITwin(iTwinId),
      queryFn: ({ signal }) => fetchFavorites(iTwinId, signal),
    }),
};

function favoritePath(id: string): string {
  return `/imodels/favorites/${encodeURIComponent(id)}`;
}

/** Idempotent: adding a favorite twice is still 204. */
export async function addFavorite(
  id: string,
  options: { signal?: AbortSignal; keepalive?: boolean } = {},
): Promise<void> {
  await api()({ method: "PUT", path: favoritePath(id), ...options });
}

export async function removeFavorite(
  id: string,
  options: { signal?: AbortSignal; keepalive?: boolean } = {},
): Promise<void> {
  // The service answers 404 when the iModel was not a favorite.
  await unlessNotFound(api()({ method: "DELETE", path: favoritePath(id), ...options }));
}
