import { useInfiniteQuery, useQuery } from "@tanstack/react-query";
import { useCallback, useMemo } from "react";
import { iModelQueries, type IModel, type IModelOrder } from "../../api/imodels";
import { iModelRecentQueries } from "../../api/imodel-recents";
import { describeError } from "../../api/describe-error";
import { BulkSlot } from "../bulk/bulk-slot";
import { SelectCheckbox } from "../bulk/select-checkbox";
import { ErrorMessage } from "../../ui/error-message";
import { formatCount } from "../../ui/format-number";
import { favoritesFirst, favoritesView, matchesSearch } from "../favorites/favorite-list";
import { useFavoritesSnapshot } from "../favorites/use-favorites";
import { FAVORITES_FIRST, serverOrder, type ListState, type ListView } from "./list-search-params";
import { ResultsView } from "./results-view";

/** How the rows are shown: the view and a table header's sort. */
export type ViewChoice = { value: ListView; onSort: (sort: IModelOrder) => void };

type ResultsProps = { iTwinId: string; state: ListState; view: ViewChoice };

const noMore = () => {};

/** Rows of these results can be selected for bulk actions. */
const selectLead = (iModel: IModel) => <SelectCheckbox iModel={iModel} />;

/** The iTwin's favorites, held in full: searched and sorted here. */
export function FavoriteResults({ iTwinId, state, view }: ResultsProps) {
  const { favorites, error, retry } = useFavoritesSnapshot(iTwinId);
  const iModels = useMemo(
    () => (favorites ? favoritesView(favorites, state.search, serverOrder(state.sort)) : []),
    [favorites, state.search, state.sort],
  );
  if (error) return <ErrorMessage message={describeError(error)} onRetry={() => void retry()} />;
  if (!favorites) return <p role="status">Loading favorites…</p>;
  if (iModels.length === 0) {
    return (
      <p className="empty-state" role="status">
        {state.search
          ? `No favorites match “${state.search}”.`
          : "No favorites in this iTwin yet. Star an iModel to add it here."}
      </p>
    );
  }
  return (
    <HeldRows
      iModels={iModels}
      count={iModels.length === 1 ? "1 favorite" : `${formatCount(iModels.length)} favorites`}
      view={view}
      sort={serverOrder(state.sort)}
      label="iModels"
      bulkScope={`${iTwinId}|${state.search}|fav`}
    />
  );
}

export function IModelResults({ iTwinId, state, view }: ResultsProps) {
  const query = useInfiniteQuery(
    iModelQueries.list({ iTwinId, search: state.search, orderBy: serverOrder(state.sort) }),
  );
  const favorites = useFavoritesSnapshot(iTwinId);
  const pinFavorites = state.sort === FAVORITES_FIRST;
  const iModels = useMemo(() => {
    const rows = query.data?.pages.flatMap((page) => page.iModels) ?? [];
    if (!pinFavorites || !favorites.favorites) return rows;
    return favoritesFirst(favoritesView(favorites.favorites, state.search, "name asc"), rows);
  }, [query.data, pinFavorites, favorites.favorites, state.search]);
  const { hasNextPage, isFetchingNextPage, fetchNextPage } = query;
  const loadMore = useCallback(() => void fetchNextPage(), [fetchNextPage]);

  const favoritesError = favorites.error ? (
    <ErrorMessage message={describeError(favorites.error)} onRetry={() => void favorites.retry()} />
  ) : null;
  if (query.isPending || (pinFavorites && !favorites.favorites && !favorites.error)) {
    return <p role="status">Loading iModels…</p>;
  }
  if (query.isError && iModels.length === 0) {
    return (
      <ErrorMessage message={describeError(query.error)} onRetry={() => void query.refetch()} />
    );
  }
  if (iModels.length === 0) {
    return (
      <p className="empty-state" role="status">
        {state.search ? `No iModels match “${state.search}”.` : "This iTwin has no iModels yet."}
      </p>
    );
  }
  return (
    <>
      {favoritesError}
      <p className="list-count" role="status">
        {hasNextPage
          ? `${formatCount(iModels.length)} iModels loaded, more as you scroll`
          : `${formatCount(iModels.length)} iModels`}
      </p>
      <ResultsView
        view={view.value}
        sort={serverOrder(state.sort)}
        onSort={view.onSort}
        iModels={iModels}
        hasMore={hasNextPage}
        loadingMore={isFetchingNextPage}
        onNeedMore={loadMore}
        label="iModels"
        renderLead={selectLead}
      />
      {query.isFetchNextPageError ? (
        <ErrorMessage message={describeError(query.error)} onRetry={loadMore} />
      ) : null}
      <BulkSlot
        scope={`${iTwinId}|${state.search}`}
        iModels={iModels}
        matching={{
          kind: "search",
          params: { iTwinId, search: state.search, orderBy: serverOrder(state.sort) },
          total: hasNextPage ? undefined : iModels.length,
        }}
      />
    </>
  );
}

/** The user's recent iModels in this iTwin, every page, most recent first; searched here. */
export function RecentResults({ iTwinId, state, view }: ResultsProps) {
  const query = useQuery(iModelRecentQueries.ofITwin(iTwinId));
  const iModels = useMemo(
    () => (query.data ?? []).filter((iModel) => matchesSearch(iModel, state.search)),
    [query.data, state.search],
  );
  if (query.isError && !query.data) {
    return (
      <ErrorMessage message={describeError(query.error)} onRetry={() => void query.refetch()} />
    );
  }
  if (!query.data) return <p role="status">Loading recent iModels…</p>;
  if (iModels.length === 0) {
    return (
      <p className="empty-state" role="status">
        {state.search
          ? `No recent iModels match “${state.search}”.`
          : "No recent iModels in this iTwin yet. The iModels you open show here."}
      </p>
    );
  }
  return (
    <HeldRows
      iModels={iModels}
      count={
        iModels.length === 1
          ? "1 recent iModel"
          : `${formatCount(iModels.length)} recent iModels, most recently opened first`
      }
      view={view}
      sort={null}
      label="Recent iModels"
    />
  );
}

/** A list held in full: its count, its rows, and with a `bulkScope` their selection. */
function HeldRows(props: {
  iModels: IModel[];
  count: string;
  view: ViewChoice;
  sort: IModelOrder | null;
  label: string;
  bulkScope?: string;
}) {
  const { iModels, view, bulkScope } = props;
  return (
    <>
      <p className="list-count" role="status">
        {props.count}
      </p>
      <ResultsView
        view={view.value}
        sort={props.sort}
        onSort={view.onSort}
        iModels={iModels}
        hasMore={false}
        loadingMore={false}
        onNeedMore={noMore}
        label={props.label}
        renderLead={bulkScope === undefined ? undefined : selectLead}
      />
      {bulkScope === undefined ? null : (
        <BulkSlot scope={bulkScope} iModels={iModels} matching={{ kind: "held", iModels }} />
      )}
    </>
  );
}
