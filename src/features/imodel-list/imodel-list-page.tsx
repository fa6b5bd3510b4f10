import { useCallback, useEffect, useId, useState } from "react";
import { useParams, useSearchParams } from "react-router";
import type { IModelOrder } from "../../api/imodels";
import { Breadcrumbs } from "../../ui/breadcrumbs";
import { prepareDateFormats } from "../../ui/format-date";
import { useDocumentTitle } from "../../ui/use-document-title";
import { ITwinPicker } from "../itwins/itwin-picker";
import { useITwinVisit } from "../itwins/use-itwin-visit";
import { isInactive } from "../itwins/itwin-sections";
import { useITwin } from "../itwins/use-itwin";
import { CheckboxField } from "../../ui/checkbox-field";
import { FiltersToggle, SearchBox, SortSelect } from "./list-filters";
import { FavoriteResults, IModelResults, RecentResults, type ViewChoice } from "./list-results";
import {
  activeFilterCount,
  readListState,
  writeListState,
  type ListState,
  type ListView,
} from "./list-search-params";
import { viewChoice } from "./view-choice";
import { ViewSwitch } from "./view-switch";
import "./imodel-views.css";

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
  useITwinVisit(iTwinId);
  // Every row shows a date: its formatter is made while the first page is on its way.
  useEffect(prepareDateFormats, []);
  const filtersId = useId();
  const [filtersOpen, setFiltersOpen] = useState(false);
  const iTwin = useITwin(iTwinId);
  const iTwinName = iTwin?.displayName;
  useDocumentTitle(iTwinName ? `${iTwinName} · iModels` : "iModels");
  const shownView = state.view ?? viewChoice.get();
  const chooseView = useCallback(
    (view: ListView) => {
      viewChoice.set(view);
      update({ view });
    },
    [update],
  );
  const onSort = useCallback((sort: IModelOrder) => update({ sort }), [update]);
  const view: ViewChoice = { value: shownView, onSort };
  // A new view takes a fresh snapshot of the favorites (see useFavoritesSnapshot).
  const viewKey = `${iTwinId}|${state.search}|${state.sort}|${state.favoritesOnly}`;
  const Results = state.recentOnly
    ? RecentResults
    : state.favoritesOnly
      ? FavoriteResults
      : IModelResults;

  return (
    <section className="page list-page" aria-labelledby="list-heading">
      <Breadcrumbs
        items={[{ label: "iTwins", to: "/" }, { label: `iModels of ${iTwinName ?? "this iTwin"}` }]}
      />
      <h1 id="list-heading">iModels</h1>
      <div className="list-toolbar">
        {/* An inactive iTwin is among the choices while it is the one shown. */}
        <ITwinPicker selectedId={iTwinId} includeInactive={iTwin ? isInactive(iTwin) : false} />
        <FiltersToggle
          open={filtersOpen}
          active={activeFilterCount(state)}
          controls={filtersId}
          onToggle={() => setFiltersOpen((open) => !open)}
        />
        {/* On a phone these wait behind the Filters button; hidden by CSS, so typing is kept. */}
        <div id={filtersId} className="list-filters" data-open={filtersOpen || undefined}>
          <SearchBox initial={state.search} onSearch={(search) => update({ search })} />
          <SortSelect
            value={state.sort}
            onChange={(sort) => update({ sort })}
            disabledReason={
              state.recentOnly ? "Recent iModels show the most recently opened first." : undefined
            }
          />
          <CheckboxField
            label="Favorites only"
            checked={state.favoritesOnly}
            onChange={(favoritesOnly) => update({ favoritesOnly, recentOnly: false })}
          />
          <CheckboxField
            label="Recent"
            checked={state.recentOnly}
            onChange={(recentOnly) => update({ recentOnly, favoritesOnly: false })}
          />
        </div>
        <ViewSwitch value={shownView} onChange={chooseView} />
      </div>
      <Results key={`${viewKey}|${state.recentOnly}`} iTwinId={iTwinId} state={state} view={view} />
    </section>
  );
}
