import { queryOptions, type QueryCache, type QueryClient } from "@tanstack/react-query";
import { fetchThumbnail, thumbnailKeys, type ThumbnailSize } from "../../api/thumbnails";
import { createRequestSlots } from "./request-slots";

/**
 * Four at a time: a browser opens six connections per origin (HTTP/1.1), so two stay free for
 * the list's own pages, and it is gentle on the rate limit.
 */
const slots = createRequestSlots(4);

const urlKey = (id: string, size: ThumbnailSize) => [...thumbnailKeys.of(id, size), "url"] as const;

/** A thumbnail as an object URL, per iModel and size; revoked when the cache drops it. */
export const thumbnailUrlQuery = (id: string, size: ThumbnailSize) =>
  queryOptions({
    queryKey: urlKey(id, size),
    queryFn: async ({ signal }) => {
      const blob = await slots.run(() => fetchThumbnail(id, size, signal), signal);
      return URL.createObjectURL(blob);
    },
    staleTime: 30 * 60_000,
  });

/** After an upload, both sizes show the new picture at once, with no refetch. */
export function storeThumbnail(queryClient: QueryClient, id: string, file: Blob): void {
  for (const size of ["small", "large"] as const) {
    queryClient.setQueryData(urlKey(id, size), URL.createObjectURL(file));
  }
}

const watched = new WeakSet<QueryCache>();

/** Revokes an object URL once its query leaves the cache or gets a new picture. */
export function watchThumbnailUrls(cache: QueryCache): void {
  if (watched.has(cache)) return;
  watched.add(cache);
  const held = new Map<string, string>();
  const isThumbnail = (key: readonly unknown[]) => key[1] === "thumbnail" && key[4] === "url";
  cache.subscribe((event) => {
    const { query } = event;
    if (!isThumbnail(query.queryKey)) return;
    const old = held.get(query.queryHash);
    const data = query.state.data as string | undefined;
    if (event.type === "removed") {
      if (old) URL.revokeObjectURL(old);
      held.delete(query.queryHash);
    } else if (data && data !== old) {
      if (old) URL.revokeObjectURL(old);
      held.set(query.queryHash, data);
    }
  });
}
