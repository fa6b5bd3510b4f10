import { useId, type ReactNode } from "react";
import { formatCount } from "../../ui/format-number";
import { ModalDialog } from "../../ui/modal-dialog";

export type SetOrClear = "set" | "clear";

export const iModelCount = (n: number) => (n === 1 ? "1 iModel" : `${formatCount(n)} iModels`);

/**
 * A bulk dialog that sets one field on every selected iModel or clears it: the choice, the
 * field's own editor (`children`, shown by the caller for "set"), Cancel and the action.
 */
export function SetOrClearDialog(props: {
  field: "description" | "extent";
  count: number;
  mode: SetOrClear;
  onMode: (mode: SetOrClear) => void;
  onCancel: () => void;
  onSubmit: () => void;
  className?: string;
  children: ReactNode;
}) {
  const { field, mode } = props;
  const id = useId();
  const choice = (value: SetOrClear, label: string) => (
    <label>
      <input
        type="radio"
        name={`${id}-mode`}
        checked={mode === value}
        onChange={() => props.onMode(value)}
      />
      {label}
    </label>
  );
  return (
    <ModalDialog
      title={`${field === "extent" ? "Extent" : "Description"} of the selected iModels`}
      onCancel={props.onCancel}
      className={props.className}
    >
      <form
        onSubmit={(event) => {
          event.preventDefault();
          props.onSubmit();
        }}
      >
        <fieldset className="bulk-choice">
          <legend>For {iModelCount(props.count)}</legend>
          {choice("set", `Set the ${field} to`)}
          {choice("clear", `Clear the ${field}`)}
        </fieldset>
        {props.children}
        <div className="dialog-actions">
          <button type="button" onClick={props.onCancel}>
            Cancel
          </button>
          <button type="submit" className="button-primary">
            {mode === "clear" ? `Clear ${field}s` : `Set ${field}s`}
          </button>
        </div>
      </form>
    </ModalDialog>
  );
}
