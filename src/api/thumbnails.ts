import { queryOptions, type QueryClient } from "@tanstack/react-query";
import { api } from "./api-instance";
import { iModelKeys } from "./imodels";

export type ThumbnailSize = "small" | "large";

/** What the service takes (larger: 413; other types: 415). */
export const THUMBNAIL_TYPES = ["image/png", "image/jpeg"] as const;
export const MAX_THUMBNAIL_BYTES = 5 * 1024 * 1024;

export type ThumbnailProblem = "type" | "size";

/** Checked before any request, so a refusal needs no round trip. */
export function thumbnailProblem(file: Blob): ThumbnailProblem | undefined {
  if (!(THUMBNAIL_TYPES as readonly string[]).includes(file.type)) return "type";
  if (file.size > MAX_THUMBNAIL_BYTES) return "size";
  return undefined;
}

export const thumbnailKeys = {
  all: [...iModelKeys.all, "thumbnail"] as const,
  of: (id: string, size: ThumbnailSize) => [...thumbnailKeys.all, id, size] as const,
};

/**
 * The thumbnail as a Blob, fetched with the bearer token through the one client (401, 429, gate).
 * The list's small ones at low priority: its pages go first, and a thumbnail's 429 holds only
 * other thumbnails. The large one is the detail page's picture, one among its first requests.
 */
export function fetchThumbnail(
  id: string,
  size: ThumbnailSize,
  signal?: AbortSignal,
): Promise<Blob> {
  return api()<Blob>({
    path: `/imodels/${encodeURIComponent(id)}/thumbnail`,
    query: { size },
    responseType: "image",
    priority: size === "small" ? "low" : "normal",
    signal,
  });
}

export const thumbnailQueries = {
  of: (id: string, size: ThumbnailSize) =>
    queryOptions({
      queryKey: thumbnailKeys.of(id, size),
      queryFn: ({ signal }) => fetchThumbnail(id, size, signal),
      // A thumbnail changes only when it is replaced, and then the cache is written directly.
      staleTime: 30 * 60_000,
    }),
};

/** PUT with the file's own type (PNG or JPEG); the service makes both sizes from it. */
export async function uploadThumbnail(
  id: string,
  file: Blob,
  signal?: AbortSignal,
  onUploadProgress?: (loaded: number, total: number) => void,
): Promise<void> {
  await api()({
    method: "PUT",
    path: `/imodels/${encodeURIComponent(id)}/thumbnail`,
    body: file,
    signal,
    onUploadProgress,
  });
}

/** After an upload: both sizes show the new picture at once, without refetching every thumbnail. */
export function storeUploadedThumbnail(queryClient: QueryClient, id: string, file: Blob): void {
  for (const size of ["small", "large"] as const) {
    queryClient.setQueryData(thumbnailKeys.of(id, size), file);
  }
}
