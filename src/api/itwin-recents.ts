import { queryOptions } from "@tanstack/react-query";
import { api } from "./api-instance";
import { ACCEPT_V1 } from "./client";
import { iTwinKeys, iTwinListQuery, readAllITwins } from "./itwins";

/** The service keeps at most 25 recent iTwins per user. */
export const ITWIN_RECENTS_LIMIT = 25;

export const iTwinRecentKeys = {
  all: [...iTwinKeys.all, "recents"] as const,
  mine: (includeInactive: boolean) => [...iTwinRecentKeys.all, { includeInactive }] as const,
};

export const iTwinRecentQueries = {
  /** The user's recently used project iTwins, most recent first. */
  mine: (includeInactive = false) =>
    queryOptions({
      queryKey: iTwinRecentKeys.mine(includeInactive),
      queryFn: ({ signal }) =>
        readAllITwins(
          "/itwins/recents",
          iTwinListQuery(includeInactive, ITWIN_RECENTS_LIMIT),
          signal,
        ),
    }),
};

/** Moves the iTwin to the front of the user's recents (the service drops the 26th). */
export async function addITwinRecent(id: string, signal?: AbortSignal): Promise<void> {
  await api()({
    method: "POST",
    path: `/itwins/recents/${encodeURIComponent(id)}`,
    accept: ACCEPT_V1,
    signal,
  });
}
