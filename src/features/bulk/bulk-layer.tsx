import { useQueryClient } from "@tanstack/react-query";
import { lazy, Suspense, useState, useSyncExternalStore } from "react";
import type { IModel } from "../../api/imodels";
import { cachedFavorite } from "../favorites/favorite-cache";
import { DescriptionDialog } from "./description-dialog";
import { jobManagerFor } from "./job-manager";
import { planJob, type PlannedChange } from "./job-types";
import { planDescription, planFavorites } from "./plan-changes";
import { ProgressPanel } from "./progress-panel";
import { RenameDialog } from "./rename-dialog";
import type { MatchingSource } from "./select-all";
import { SelectionBar } from "./selection-bar";
import { iModelCount } from "./set-or-clear-dialog";
import { useSelection } from "./selection-store";
import "./bulk.css";

// The extent editor and its map load only when the extent dialog opens.
const ExtentDialog = lazy(() => import("./extent-dialog"));

/** The selection bar, the bulk dialogs and the job's progress panel, fixed at the bottom of the list. */
export default function BulkLayer(props: {
  matching: MatchingSource;
  knownIModels: readonly IModel[];
}) {
  const queryClient = useQueryClient();
  const manager = jobManagerFor(queryClient);
  const runner = useSyncExternalStore(manager.subscribe, manager.current);
  const selection = useSelection();
  const selected = [...selection.selected.values()];
  const [dialog, setDialog] = useState<"description" | "extent" | "rename" | null>(null);
  const [notice, setNotice] = useState("");

  const start = (title: string, changes: PlannedChange[]) => {
    setDialog(null);
    if (changes.length === 0)
      return setNotice("Nothing to change: the selected iModels are already so.");
    setNotice("");
    manager.start(planJob(title, changes));
  };
  const favorites = (wanted: boolean) => {
    // Those the cache knows to be so already are left out: fewer requests under the limit.
    const todo = selected.filter((m) => cachedFavorite(queryClient, m) !== wanted);
    const title = wanted
      ? `Add ${iModelCount(todo.length)} to favorites`
      : `Remove ${iModelCount(todo.length)} from favorites`;
    start(title, planFavorites(todo, wanted));
  };

  return (
    <div className="bulk-layer">
      {runner ? (
        <ProgressPanel runner={runner} onClose={() => manager.dismiss()} />
      ) : selection.selected.size > 0 ? (
        <SelectionBar
          count={selection.selected.size}
          matching={props.matching}
          notice={notice}
          onFavorite={favorites}
          onDescription={() => setDialog("description")}
          onExtent={() => setDialog("extent")}
          onRename={() => setDialog("rename")}
        />
      ) : null}
      {dialog === "description" ? (
        <DescriptionDialog
          count={selected.length}
          onCancel={() => setDialog(null)}
          onApply={(description) =>
            start(
              description === null
                ? `Clear the description of ${iModelCount(selected.length)}`
                : `Set the description of ${iModelCount(selected.length)}`,
              planDescription(selected, description),
            )
          }
        />
      ) : null}
      {dialog === "extent" ? (
        <Suspense fallback={null}>
          <ExtentDialog selected={selected} onCancel={() => setDialog(null)} onApply={start} />
        </Suspense>
      ) : null}
      {dialog === "rename" ? (
        <RenameDialog
          selected={selected}
          known={props.knownIModels}
          onCancel={() => setDialog(null)}
          onApply={(changes) => start(`Rename ${iModelCount(changes.length)}`, changes)}
        />
      ) : null}
    </div>
  );
}
