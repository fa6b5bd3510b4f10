import { queryOptions } from "@tanstack/react-query";
import { unlessNotFound } from "./api-error";
import { api } from "./api-instance";
import { iModelKeys, readAllIModels, type IModel } from "./imodels";

/** The service keeps at most 25 recent iModels per user and iTwin. */
export const IMODEL_RECENTS_LIMIT = 25;

export const iModelRecentKeys = {
  all: [...iModelKeys.all, "recents"] as const,
  ofITwin: (iTwinId: string) => [...iModelRecentKeys.all, iTwinId] as const,
};

/** Every page of the user's recent iModels in one iTwin, as full iModels, most recent first. */
function fetchRecents(iTwinId: string, signal?: AbortSignal): Promise<IModel[]> {
  return readAllIModels("/imodels/recents", { iTwinId, $top: IMODEL_RECENTS_LIMIT }, signal);
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
  // 404: the iModel is gone, so it is no recent one either.
  await unlessNotFound(api()({ method: "DELETE", path: recentPath(id), signal }));
}
