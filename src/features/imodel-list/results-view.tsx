import { lazy, Suspense, useCallback, useState } from "react";
import { useLocation, useNavigationType } from "react-router";
import type { IModelOrder } from "../../api/imodels";
import type { ListView } from "./list-search-params";
import { returnRow } from "./return-row";
import type { ViewProps } from "./view-props";
import { VirtualIModelList } from "./virtual-imodel-list";

// Tiles and the table load when chosen: the list page's first JavaScript stays small.
const IModelTilesView = lazy(() => import("./imodel-tiles-view"));
const IModelTableView = lazy(() => import("./imodel-table-view"));

export type ResultsViewProps = Omit<ViewProps, "focusId" | "onOpen"> & {
  view: ListView;
  sort: IModelOrder | null;
  onSort: (sort: IModelOrder) => void;
};

/** The chosen view of the rows; Back from an iModel comes to its row or tile in each of them. */
export function ResultsView({ view, sort, onSort, ...props }: ResultsViewProps) {
  const back = useBackToRow();
  if (view === "list") return <VirtualIModelList {...props} {...back} />;
  return (
    <Suspense fallback={<p role="status">Loading the {view} view…</p>}>
      {view === "tiles" ? (
        <IModelTilesView {...props} {...back} />
      ) : (
        <IModelTableView {...props} {...back} sort={sort} onSort={onSort} />
      )}
    </Suspense>
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
