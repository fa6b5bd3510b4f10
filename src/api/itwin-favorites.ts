import { queryOptions } from "@tanstack/react-query";
import { isApiError } from "./api-error";
import { api } from "./api-instance";
import { ACCEPT_V1 } from "./client";
import { iTwinKeys, iTwinListQuery, iTwinsPageSchema, type ITwin } from "./itwins";
import { readAllPages } from "./paged-list";

export const iTwinFavoriteKeys = {
  all: [...iTwinKeys.all, "favorites"] as const,
  mine: (includeInactive: boolean) => [...iTwinFavoriteKeys.all, { includeInactive }] as const,
};

/** Every page of a personal iTwins list (favorites or recents), as full iTwins. */
export async function fetchITwinList(
  path: string,
  top: number,
  includeInactive: boolean,
  signal?: AbortSignal,
): Promise<ITwin[]> {
  return readAllPages(
    (next) =>
      api()({
        path: next ?? path,
        query: next ? undefined : { ...iTwinListQuery(includeInactive), $top: top },
        accept: ACCEPT_V1,
        prefer: "return=representation",
        schema: iTwinsPageSchema,
        signal,
      }),
    (page) => page.iTwins,
  );
}

export const iTwinFavoriteQueries = {
  /** The user's favorite project iTwins (active and trial ones unless asked), oldest favorite first. */
  mine: (includeInactive = false) =>
    queryOptions({
      queryKey: iTwinFavoriteKeys.mine(includeInactive),
      queryFn: ({ signal }) => fetchITwinList("/itwins/favorites", 1000, includeInactive, signal),
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
  try {
    await api()({ method: "DELETE", path: favoritePath(id), accept: ACCEPT_V1, signal });
  } catch (error) {
    // 404: the iTwin is gone, so it is no favorite any more either: what the caller wanted is true.
    if (isApiError(error) && error.status === 404) return;
    throw error;
  }
}
