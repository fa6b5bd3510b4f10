import { queryOptions } from "@tanstack/react-query";
import { unlessNotFound } from "./api-error";
import { api } from "./api-instance";
import { ACCEPT_V1 } from "./client";
import { iTwinKeys, iTwinListQuery, readAllITwins } from "./itwins";

export const iTwinFavoriteKeys = {
  all: [...iTwinKeys.all, "favorites"] as const,
  mine: (includeInactive: boolean) => [...iTwinFavoriteKeys.all, { includeInactive }] as const,
};

export const iTwinFavoriteQueries = {
  /** The user's favorite project iTwins (active and trial ones unless asked), oldest favorite first. */
  mine: (includeInactive = false) =>
    queryOptions({
      queryKey: iTwinFavoriteKeys.mine(includeInactive),
      queryFn: ({ signal }) =>
        readAllITwins("/itwins/favorites", iTwinListQuery(includeInactive), signal),
      staleTime: 5 * 60_000,
    }),
};

function favoritePath(id: string): string {
  return `/itwins/favorites/${encodeURIComponent(id)}`;
}

/** Idempotent: adding a favorite twice is still a success. */
export async function addITwinFavorite(id: string, signal?: AbortSignal): Promise<void> {
  await api()({ method: "POST", path: favoritePath(id), accept: ACCEPT_V1, signal });
}

export async function removeITwinFavorite(id: string, signal?: AbortSignal): Promise<void> {
  // 404: the iTwin is gone, so it is no favorite any more either: what the caller wanted is true.
  await unlessNotFound(
    api()({ method: "DELETE", path: favoritePath(id), accept: ACCEPT_V1, signal }),
  );
}
