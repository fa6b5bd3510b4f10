import type { QueryClient } from "@tanstack/react-query";
import { iModelQueries } from "../api/imodels";
import { iTwinQueries } from "../api/itwins";
import { thumbnailUrlQuery } from "../features/thumbnails/thumbnail-urls";

/**
 * The detail page's first requests, started by its route's loader as the app starts, while the
 * page's code downloads and the app renders, instead of once the page has rendered. The page's
 * queries find them under way (same keys) and do not retry a failed one on mount
 * (`retryOnMount: false`), so its error shows as it came. On a later visit the page, its code
 * here, renders at once and asks for itself (from the list, the name shows from the list's cache
 * at once); only what failed before is asked for here, as the page would not ask again.
 */
export function prefetchIModelPage(
  queryClient: QueryClient,
  iModelId: string,
  { appStarting }: { appStarting: boolean },
): void {
  const failedBefore = (queryKey: readonly unknown[]) =>
    queryClient.getQueryState(queryKey)?.status === "error";
  const detail = iModelQueries.detail(iModelId);
  if (appStarting || failedBefore(detail.queryKey)) void queryClient.prefetchQuery(detail);
  const permissions = iModelQueries.permissions(iModelId);
  if (appStarting || failedBefore(permissions.queryKey))
    void queryClient.prefetchQuery(permissions);
  if (!appStarting) return;
  // The iTwins name the page's breadcrumb and its iTwin; the picture is beside the form in the
  // first screen. A failure of either shows on the page, which asks again itself.
  void queryClient.prefetchQuery(iTwinQueries.mine());
  void queryClient.prefetchQuery(thumbnailUrlQuery(iModelId, "large"));
}
