import { useId, useMemo, useState } from "react";
import type { IModel } from "../../api/imodels";
import { ModalDialog } from "../../ui/modal-dialog";
import type { FieldChange } from "./job-types";
import { planNames } from "./plan-changes";
import { planRenames } from "./rename-plan";
import { formatCount } from "../../ui/format-number";

/** Find and replace in the names, with every new name and its problems shown before anything is sent. */
export function RenameDialog(props: {
  selected: readonly IModel[];
  known: readonly IModel[];
  onCancel: () => void;
  onApply: (changes: FieldChange[]) => void;
}) {
  const id = useId();
  const [find, setFind] = useState("");
  const [replace, setReplace] = useState("");
  const [matchCase, setMatchCase] = useState(true);
  const rows = useMemo(
    () => planRenames(props.selected, props.known, { find, replace, matchCase }),
    [props.selected, props.known, find, replace, matchCase],
  );
  const good = rows.filter((row) => !row.problem);
  const bad = rows.length - good.length;
  return (
    <ModalDialog
      title="Find and replace in names"
      onCancel={props.onCancel}
      className="rename-dialog"
    >
      <form
        onSubmit={(event) => {
          event.preventDefault();
          if (good.length > 0) props.onApply(planNames(good));
        }}
      >
        <div className="rename-fields">
          <div className="field">
            <label htmlFor={`${id}-find`}>Find</label>
            <input
              id={`${id}-find`}
              value={find}
              onChange={(event) => setFind(event.target.value)}
            />
          </div>
          <div className="field">
            <label htmlFor={`${id}-replace`}>Replace with</label>
            <input
              id={`${id}-replace`}
              value={replace}
              onChange={(event) => setReplace(event.target.value)}
            />
          </div>
        </div>
        <div className="field checkbox-field">
          <input
            id={`${id}-case`}
            type="checkbox"
            checked={matchCase}
            onChange={(event) => setMatchCase(event.target.checked)}
          />
          <label htmlFor={`${id}-case`}>Match case</label>
        </div>
        <p role="status" className="rename-summary">
          {find === ""
            ? `Type what to find in the names of the ${formatCount(props.selected.length)} selected iModels.`
            : `${formatCount(rows.length)} of ${formatCount(props.selected.length)} names change` +
              (bad > 0 ? `; ${formatCount(bad)} cannot be renamed and will not be sent.` : ".")}
        </p>
        {rows.length > 0 ? (
          <div className="rename-preview" role="region" aria-label="New names">
            <table>
              <thead>
                <tr>
                  <th scope="col">Name now</th>
                  <th scope="col">New name</th>
                </tr>
              </thead>
              <tbody>
                {rows.map((row) => (
                  <tr key={row.iModel.id} data-problem={row.problem ? true : undefined}>
                    <td>{row.iModel.name}</td>
                    <td>
                      {row.name || "(empty)"}
                      {row.problem ? (
                        <span className="error-text rename-problem">{row.problem}</span>
                      ) : null}
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        ) : null}
        <p className="field-hint">
          Names of iModels this list has not loaded are checked by the iTwin Platform: a clash is
          listed in the results.
        </p>
        <div className="dialog-actions">
          <button type="button" onClick={props.onCancel}>
            Cancel
          </button>
          <button type="submit" className="button-primary" disabled={good.length === 0}>
            {good.length === 1 ? "Rename 1 iModel" : `Rename ${formatCount(good.length)} iModels`}
          </button>
        </div>
      </form>
    </ModalDialog>
  );
}
