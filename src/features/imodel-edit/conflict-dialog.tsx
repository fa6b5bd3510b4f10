import { useState } from "react";
import { ModalDialog } from "../../ui/modal-dialog";
import { describeValue } from "./describe-value";
import type { ConflictChoice, ConflictChoices, FieldConflict } from "./find-conflicts";
import { FIELD_LABELS } from "./form-values";

/** Someone else changed fields this user also changed: both values, and a choice per field. */
export function ConflictDialog(props: {
  conflicts: FieldConflict[];
  onResolve: (choices: ConflictChoices) => void;
  onCancel: () => void;
}) {
  const [choices, setChoices] = useState<ConflictChoices>(() =>
    Object.fromEntries(props.conflicts.map((conflict) => [conflict.field, "yours"])),
  );
  const choose = (field: FieldConflict["field"], choice: ConflictChoice) =>
    setChoices((old) => ({ ...old, [field]: choice }));

  return (
    <ModalDialog
      title="Someone else changed this iModel"
      onCancel={props.onCancel}
      className="conflict-dialog"
    >
      <p>
        Since you opened this page, someone else saved different values for fields you changed.
        Choose which value to keep for each; fields you did not change already show their new
        values.
      </p>
      <form
        onSubmit={(event) => {
          event.preventDefault();
          props.onResolve(choices);
        }}
      >
        {props.conflicts.map((conflict) => (
          <fieldset key={conflict.field} className="conflict-field">
            <legend>{FIELD_LABELS[conflict.field]}</legend>
            <label className="conflict-option">
              <input
                type="radio"
                name={`conflict-${conflict.field}`}
                checked={choices[conflict.field] === "theirs"}
                onChange={() => choose(conflict.field, "theirs")}
              />
              <span>
                <strong>Theirs</strong> (saved by someone else):{" "}
                <span className="conflict-value">
                  {describeValue(conflict.field, conflict.theirs)}
                </span>
              </span>
            </label>
            <label className="conflict-option">
              <input
                type="radio"
                name={`conflict-${conflict.field}`}
                checked={choices[conflict.field] === "yours"}
                onChange={() => choose(conflict.field, "yours")}
              />
              <span>
                <strong>Yours</strong>:{" "}
                <span className="conflict-value">
                  {describeValue(conflict.field, conflict.yours)}
                </span>
              </span>
            </label>
          </fieldset>
        ))}
        <div className="dialog-actions">
          <button type="submit" className="button-primary">
            Save with these choices
          </button>
          <button type="button" className="button-secondary" onClick={props.onCancel}>
            Cancel
          </button>
        </div>
      </form>
    </ModalDialog>
  );
}
