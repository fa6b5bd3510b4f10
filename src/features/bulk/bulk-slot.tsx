import { lazy, Suspense, useLayoutEffect, useState } from "react";
import type { IModel } from "../../api/imodels";
import { jobPresence } from "./job-presence";
import type { MatchingSource } from "./select-all";
import { selectionStore, useSelection } from "./selection-store";

// The bar, the dialogs, the panel and the job runner load on the first selection (or a job to resume).
const BulkLayer = lazy(() => import("./bulk-layer"));

/**
 * Where the list page hands its rows to the selection: `scope` names the search the selection
 * belongs to (a new one starts empty), `iModels` are the rows in the order shown.
 */
export function BulkSlot(props: {
  scope: string;
  iModels: readonly IModel[];
  matching: MatchingSource;
}) {
  const { scope, iModels } = props;
  useLayoutEffect(() => selectionStore.show(scope, iModels), [scope, iModels]);
  const selection = useSelection();
  const [wanted, setWanted] = useState(jobPresence.get);
  if (!wanted && selection.selected.size > 0) setWanted(true);
  if (!wanted) return null;
  return (
    <Suspense fallback={null}>
      <BulkLayer matching={props.matching} knownIModels={iModels} />
    </Suspense>
  );
}
