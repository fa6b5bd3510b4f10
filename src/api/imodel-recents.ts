import { queryOptions } from "@tanstack/react-query";
import { isApiError } from "./api-error";
import { api } from "./api-instance";
import { iModelKeys, iModelsPageSchema, type IModel } from "./imodels";
import { readAllPages } from "./paged-list";

/** The service keeps at most 25 recent iModels per user and iTwin. */
export const IMODEL_RECENTS_LIMIT = 25;

export const iModelRecentKeys = {
  all: [...iModelKeys.all, "recents"] as const,
  ofITwin: (iTwinId: string) => [...iModelRecentKeys.all, iTwinId] as const,
};

/** Every page of the user's recent iModels in one iTwin, as full iModels, most recent first. */
async function fetchRecents(iTwinId: string, signal?: AbortSignal): Promise<IModel[]> {
  return readAllPages(
    (next) =>
      api()({
        path: next ?? "/imodels/recents",
        query: next ? undefined : { iTwinId, $top: IMODEL_RECENTS_LIMIT },
        prefer: "return=representation",
        schema: iModelsPageSchema,
        signal,
      }),
    (page) => page.iModels,
  );
}

export const iModelRecentQueries = {
  ofITwin: (iTwinId: string) =>
    queryOptions({
      queryKey: iModelRecentKeys.ofITwin(iTwinId),
      queryFn: ({ signal }) => fetchRecents(iTwinId, signal),
    }),
};

function recentPath(id: string): string {
  return `/imodels/recents/${encodeURIComponent(id)}`;
}

/** Moves the iModel to the front of the user's recents in its iTwin. */
export async function addIModelRecent(id: string, signal?: AbortSignal): Promise<void> {
  await api()({ method: "POST", path: recentPath(id), signal });
}

export async function removeIModelRecent(id: string, signal?: AbortSignal): Promise<void> {
  try {
    await api()({ method: "DELETE", path: recentPath(id), signal });
  } catch (error) {
    // 404: the iModel is gone, so it is no recent one either.
    if (isApiError(error) && error.status === 404) return;
    throw error;
  }
}
