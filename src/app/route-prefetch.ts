import type { QueryClient } from "@tanstack/react-query";
import { favoriteQueries } from "../api/favorites";
import { iModelQueries } from "../api/imodels";
import { iTwinQueries } from "../api/itwins";
import { readListState, serverOrder } from "../features/imodel-list/list-search-params";

// A page's first requests, started by its route's loader so they run while the page's code
// downloads instead of after it. The page's own queries find them under way (same keys).

export function prefetchListPage(queryClient: QueryClient, iTwinId: string, searchParams: URLSearchParams): void {
  const state = readListState(searchParams);
  void queryClient.prefetchQuery(iTwinQueries.mine());
  void queryClient.prefetchQuery(favoriteQueries.ofITwin(iTwinId));
  // "Favorites only" lists the favorites it already has; it asks for no list.
  if (!state.favoritesOnly) {
    void queryClient.prefetchInfiniteQuery(
      iModelQueries.list({ iTwinId, search: state.search, orderBy: serverOrder(state.sort) }),
    );
  }
}

export function prefetchIModelPage(queryClient: QueryClient, iModelId: string): void {
  void queryClient.prefetchQuery(iModelQueries.detail(iModelId));
  void queryClient.prefetchQuery(iModelQueries.permissions(iModelId));
}
