import SvgFilterHollow from "@itwin/itwinui-icons-react/SvgFilterHollow";
import { useInfiniteQuery } from "@tanstack/react-query";
import { useCallback, useEffect, useId, useMemo, useState } from "react";
import { useLocation, useNavigationType, useParams, useSearchParams } from "react-router";
import { iModelQueries } from "../../api/imodels";
import { describeError } from "../../api/describe-error";
import { Breadcrumbs } from "../../ui/breadcrumbs";
import { ErrorMessage } from "../../ui/error-message";
import { useDebouncedValue } from "../../ui/use-debounced-value";
import { useDocumentTitle } from "../../ui/use-document-title";
import { useImmediateValue } from "../../ui/use-immediate-value";
import { BulkSlot } from "../bulk/bulk-slot";
import { ITwinPicker } from "../itwins/itwin-picker";
import { favoritesFirst, favoritesView } from "../favorites/favorite-list";
import { useFavoritesSnapshot } from "../favorites/use-favorites";
import { lastITwin } from "../itwins/last-itwin";
import { useITwinName } from "../itwins/use-itwin-name";
import {
  activeFilterCount,
  FAVORITES_FIRST,
  readListState,
  serverOrder,
  SORT_OPTIONS,
  writeListState,
  type ListSort,
  type ListState,
} from "./list-search-params";
import { returnRow } from "./return-row";
import { VirtualIModelList } from "./virtual-imodel-list";
import { formatCount } from "../../ui/format-number";

export function IModelListPage() {
  const { iTwinId = "" } = useParams();
  const [searchParams, setSearchParams] = useSearchParams();
  const state = readListState(searchParams);
  const update = useCallback(
    (changes: Partial<ListState>) =>
      setSearchParams((old) => writeListState({ ...readListState(old), ...changes }), {
        replace: true,
      }),
    [setSearchParams],
  );
  useEffect(() => lastITwin.set(iTwinId), [iTwinId]);
  const filtersId = useId();
  const [filtersOpen, setFiltersOpen] = useState(false);
  const iTwinName = useITwinName(iTwinId);
  useDocumentTitle(iTwinName ? `${iTwinName} · iModels` : "iModels");
  // A new view takes a fresh snapshot of the favorites (see useFavoritesSnapshot).
  const viewKey = `${iTwinId}|${state.search}|${state.sort}|${state.favoritesOnly}`;

  return (
    <section className="page list-page" aria-labelledby="list-heading">
      <Breadcrumbs
        items={[{ label: "iTwins", to: "/" }, { label: `iModels of ${iTwinName ?? "this iTwin"}` }]}
      />
      <h1 id="list-heading">iModels</h1>
      <div className="list-toolbar">
        <ITwinPicker selectedId={iTwinId} />
        <FiltersToggle
          open={filtersOpen}
          active={activeFilterCount(state)}
          controls={filtersId}
          onToggle={() => setFiltersOpen((open) => !open)}
        />
        {/* On a phone these wait behind the Filters button; hidden by CSS, so typing is kept. */}
        <div id={filtersId} className="list-filters" data-open={filtersOpen || undefined}>
          <SearchBox initial={state.search} onSearch={(search) => update({ search })} />
          <SortSelect value={state.sort} onChange={(sort) => update({ sort })} />
          <FavoritesOnly
            checked={state.favoritesOnly}
            onChange={(favoritesOnly) => update({ favoritesOnly })}
          />
        </div>
      </div>
      {state.favoritesOnly ? (
        <FavoriteResults key={viewKey} iTwinId={iTwinId} state={state} />
      ) : (
        <IModelResults key={viewKey} iTwinId={iTwinId} state={state} />
      )}
    </section>
  );
}

/** Shown on narrow screens only (CSS): the filters fold away behind it. */
function FiltersToggle(props: {
  open: boolean;
  active: number;
  controls: string;
  onToggle: () => void;
}) {
  return (
    <button
      type="button"
      className="filters-toggle"
      aria-expanded={props.open}
      aria-controls={props.controls}
      onClick={props.onToggle}
    >
      <SvgFilterHollow aria-hidden="true" />
      Filters
      {props.active > 0 ? <span className="filters-count">{props.active}</span> : null}
    </button>
  );
}

function SearchBox({ initial, onSearch }: { initial: string; onSearch: (search: string) => void }) {
  const [text, setText] = useState(initial);
  const debounced = useDebouncedValue(text, 300);
  useEffect(() => {
    if (debounced !== initial) onSearch(debounced);
  }, [debounced, initial, onSearch]);
  return (
    <div className="field">
      <label htmlFor="imodel-search">Search iModels</label>
      <input
        id="imodel-search"
        type="search"
        value={text}
        placeholder="Name or description"
        onChange={(event) => setText(event.target.value)}
      />
    </div>
  );
}

function SortSelect({
  value: source,
  onChange,
}: {
  value: ListSort;
  onChange: (value: ListSort) => void;
}) {
  const id = useId();
  const [value, setValue] = useImmediateValue(source);
  return (
    <div className="field">
      <label htmlFor={id}>Sort by</label>
      <select
        id={id}
        value={value}
        onChange={(event) => {
          setValue(event.target.value as ListSort);
          onChange(event.target.value as ListSort);
        }}
      >
        {SORT_OPTIONS.map((option) => (
          <option key={option.value} value={option.value}>
            {option.label}
          </option>
        ))}
      </select>
    </div>
  );
}

function FavoritesOnly({
  checked: source,
  onChange,
}: {
  checked: boolean;
  onChange: (checked: boolean) => void;
}) {
  const id = useId();
  const [checked, setChecked] = useImmediateValue(source);
  return (
    <div className="field checkbox-field">
      <input
        id={id}
        type="checkbox"
        checked={checked}
        onChange={(event) => {
          setChecked(event.target.checked);
          onChange(event.target.checked);
        }}
      />
      <label htmlFor={id}>Favorites only</label>
    </div>
  );
}

const noMore = () => {};

/** The iTwin's favorites, held in full: searched and sorted here. */
function FavoriteResults({ iTwinId, state }: { iTwinId: string; state: ListState }) {
  const { favorites, error, retry } = useFavoritesSnapshot(iTwinId);
  const back = useBackToRow();
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
    <>
      <p className="list-count" role="status">
        {iModels.length === 1 ? "1 favorite" : `${formatCount(iModels.length)} favorites`}
      </p>
      <VirtualIModelList
        iModels={iModels}
        hasMore={false}
        loadingMore={false}
        onNeedMore={noMore}
        label="iModels"
        {...back}
      />
      <BulkSlot
        scope={`${iTwinId}|${state.search}|fav`}
        iModels={iModels}
        matching={{ kind: "held", iModels }}
      />
    </>
  );
}

function IModelResults({ iTwinId, state }: { iTwinId: string; state: ListState }) {
  const query = useInfiniteQuery(
    iModelQueries.list({ iTwinId, search: state.search, orderBy: serverOrder(state.sort) }),
  );
  const favorites = useFavoritesSnapshot(iTwinId);
  const back = useBackToRow();
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
      <VirtualIModelList
        iModels={iModels}
        hasMore={hasNextPage}
        loadingMore={isFetchingNextPage}
        onNeedMore={loadMore}
        label="iModels"
        {...back}
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

/** The row to focus after Back from an iModel, and where to note the row the user opens. */
function useBackToRow() {
  const { key } = useLocation();
  const navigationType = useNavigationType();
  const [focusId] = useState(() => (navigationType === "POP" ? returnRow.get(key) : null));
  const onOpen = useCallback((iModelId: string) => returnRow.remember(key, iModelId), [key]);
  return { focusId, onOpen };
}
