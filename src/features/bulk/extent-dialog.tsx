import { useState } from "react";
import type { IModel } from "../../api/imodels";
import { useConfig } from "../../config-context";
import { formatCount } from "../../ui/format-number";
import { fromApiExtent, toApiExtent, type Extent } from "../extent/extent";
import { ExtentEditor } from "../extent/extent-editor";
import { validateExtent } from "../extent/extent-rules";
import { useITwinStart } from "../extent/start-at";
import { sameValue } from "./change-attempt";
import type { FieldChange } from "./job-types";
import { planExtent } from "./plan-changes";
import { iModelCount, SetOrClearDialog, type SetOrClear } from "./set-or-clear-dialog";

/** The extent every selected iModel has, when they all have the same one: where editing starts. */
function commonExtent(selected: readonly IModel[]): Extent | null {
  const first = selected[0]?.extent ?? null;
  if (first === null) return null;
  return selected.every((m) => sameValue(m.extent, first)) ? fromApiExtent(first) : null;
}

function summary(selected: readonly IModel[], changes: readonly FieldChange[]): string {
  const left = selected.length - changes.length;
  const replacing = changes.filter((c) => c.before !== null).length;
  const parts = [`${iModelCount(changes.length)} will change`];
  if (replacing > 0)
    parts.push(`${formatCount(replacing)} of them replace the extent they have now`);
  if (left > 0) parts.push(`${formatCount(left)} already ${left === 1 ? "has" : "have"} it`);
  return `${parts.join("; ")}.`;
}

/**
 * Sets one extent on every selected iModel, drawn or pasted with the detail page's editor and
 * its rules, or clears it. Nothing is sent before the extent is valid.
 */
export default function ExtentDialog(props: {
  selected: readonly IModel[];
  onCancel: () => void;
  onApply: (title: string, changes: FieldChange[]) => void;
}) {
  const { selected } = props;
  const { tileUrl, tileAttribution } = useConfig();
  const startAt = useITwinStart(selected[0]?.iTwinId);
  const [mode, setMode] = useState<SetOrClear>("set");
  const [value, setValue] = useState<Extent | null>(() => commonExtent(selected));
  const [tried, setTried] = useState(false);
  // Text in the inputs that is no extent is told at the inputs; one message at a time.
  const [typedProblem, setTypedProblem] = useState(false);
  const problem =
    value === null
      ? "Draw, type or paste the extent to set, or choose Clear the extent."
      : validateExtent(value);
  const wanted = mode === "clear" ? null : value && !problem ? toApiExtent(value) : undefined;
  const changes = wanted === undefined ? null : planExtent(selected, wanted);
  const apply = () => {
    setTried(true);
    if (changes === null) return;
    const title =
      mode === "clear"
        ? `Clear the extent of ${iModelCount(selected.length)}`
        : `Set the extent of ${iModelCount(selected.length)}`;
    props.onApply(title, changes);
  };
  // The rule's own words as soon as there is an extent; "draw one" only after a try.
  const shown =
    mode === "set" && !typedProblem && (value !== null || tried)
      ? (problem ?? undefined)
      : undefined;
  return (
    <SetOrClearDialog
      field="extent"
      count={selected.length}
      mode={mode}
      onMode={setMode}
      onCancel={props.onCancel}
      onSubmit={apply}
      className="bulk-extent-dialog"
    >
      {mode === "set" ? (
        <ExtentEditor
          value={value}
          onChange={setValue}
          error={shown}
          tileUrl={tileUrl}
          tileAttribution={tileAttribution}
          startAt={startAt}
          onTypedProblemChange={setTypedProblem}
        />
      ) : null}
      <p role="status" className="bulk-extent-summary">
        {changes ? summary(selected, changes) : ""}
      </p>
      <p className="field-hint">
        An iModel whose extent someone else changes meanwhile is left as it is and listed.
      </p>
    </SetOrClearDialog>
  );
}
