import { useInfiniteQuery } from "@tanstack/react-query";
import { useCallback, useEffect, useId, useMemo, useState } from "react";
import { useParams, useSearchParams } from "react-router";
import { iModelQueries, type IModelOrder } from "../../api/imodels";
import { ErrorMessage } from "../../ui/error-message";
import { useDebouncedValue } from "../../ui/use-debounced-value";
import { useDocumentTitle } from "../../ui/use-document-title";
import { ITwinPicker } from "../itwins/itwin-picker";
import { lastITwin } from "../itwins/last-itwin";
import { readListState, SORT_OPTIONS, writeListState, type ListState } from "./list-search-params";
import { VirtualIModelList } from "./virtual-imodel-list";

export function IModelListPage() {
  const { iTwinId = "" } = useParams();
  const [searchParams, setSearchParams] = useSearchParams();
  const state = readListState(searchParams);
  const update = useCallback(
    (changes: Partial<ListState>) =>
      setSearchParams((old) => writeListState({ ...readListState(old), ...changes }), { replace: true }),
    [setSearchParams],
  );
  useEffect(() => lastITwin.set(iTwinId), [iTwinId]);
  useDocumentTitle("iModels");

  return (
    <section className="page list-page" aria-labelledby="list-heading">
      <h1 id="list-heading">iModels</h1>
      <div className="list-toolbar">
        <ITwinPicker selectedId={iTwinId} />
        <SearchBox initial={state.search} onSearch={(search) => update({ search })} />
        <SortSelect value={state.orderBy} onChange={(orderBy) => update({ orderBy })} />
      </div>
      <IModelResults iTwinId={iTwinId} state={state} />
    </section>
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

function SortSelect({ value, onChange }: { value: IModelOrder; onChange: (value: IModelOrder) => void }) {
  const id = useId();
  return (
    <div className="field">
      <label htmlFor={id}>Sort by</label>
      <select id={id} value={value} onChange={(event) => onChange(event.target.value as IModelOrder)}>
        {SORT_OPTIONS.map((option) => (
          <option key={option.value} value={option.value}>
            {option.label}
          </option>
        ))}
      </select>
    </div>
  );
}

function IModelResults({ iTwinId, state }: { iTwinId: string; state: ListState }) {
  const query = useInfiniteQuery(iModelQueries.list({ iTwinId, search: state.search, orderBy: state.orderBy }));
  const iModels = useMemo(() => query.data?.pages.flatMap((page) => page.iModels) ?? [], [query.data]);
  const { hasNextPage, isFetchingNextPage, fetchNextPage } = query;
  const loadMore = useCallback(() => void fetchNextPage(), [fetchNextPage]);

  if (query.isPending) return <p role="status">Loading iModels…</p>;
  if (query.isError && iModels.length === 0) {
    return <ErrorMessage error={query.error} onRetry={() => void query.refetch()} />;
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
      <p className="list-count" role="status">
        {hasNextPage ? `${iModels.length} iModels loaded, more as you scroll` : `${iModels.length} iModels`}
      </p>
      <VirtualIModelList
        iModels={iModels}
        hasMore={hasNextPage}
        loadingMore={isFetchingNextPage}
        onNeedMore={loadMore}
        label="iModels"
      />
      {query.isFetchNextPageError ? <ErrorMessage error={query.error} onRetry={loadMore} /> : null}
    </>
  );
}
