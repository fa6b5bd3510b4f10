import type { QueryClient } from "@tanstack/react-query";
import { iModelQueries } from "../api/imodels";

/**
 * The detail page's first requests, started by its route's loader while the page's code downloads
 * instead of once the page has rendered. The page's queries find them under way (same keys) and
 * do not retry a failed one on mount (`retryOnMount: false`), so its error shows as it came.
 */
export function prefetchIModelPage(queryClient: QueryClient, iModelId: string): void {
  void queryClient.prefetchQuery(iModelQueries.detail(iModelId));
  void queryClient.prefetchQuery(iModelQueries.permissions(iModelId));
}
