import { useId, useState } from "react";
import { createFormSchema } from "../imodel-edit/form-schema";
import { SetOrClearDialog, type SetOrClear } from "./set-or-clear-dialog";

/** The form's own description rule (at most 255 characters). */
const descriptionRule = createFormSchema(() => true).shape.description;

/** Sets one description on every selected iModel, or clears it. */
export function DescriptionDialog(props: {
  count: number;
  onCancel: () => void;
  onApply: (description: string | null) => void;
}) {
  const id = useId();
  const [mode, setMode] = useState<SetOrClear>("set");
  const [text, setText] = useState("");
  const [tried, setTried] = useState(false);
  const checked = descriptionRule.safeParse(text);
  const problem = checked.success ? null : (checked.error.issues[0]?.message ?? null);
  const apply = () => {
    setTried(true);
    if (mode === "clear") return props.onApply(null);
    if (problem) return;
    props.onApply(text.trim() === "" ? null : text);
  };
  const shown = mode === "set" && (tried || text.length > 255) ? problem : null;
  return (
    <SetOrClearDialog
      field="description"
      count={props.count}
      mode={mode}
      onMode={setMode}
      onCancel={props.onCancel}
      onSubmit={apply}
    >
      <div className="field">
        <label htmlFor={`${id}-text`}>New description</label>
        <textarea
          id={`${id}-text`}
          rows={3}
          value={text}
          disabled={mode === "clear"}
          aria-invalid={shown ? true : undefined}
          aria-describedby={shown ? `${id}-error` : `${id}-hint`}
          onChange={(event) => setText(event.target.value)}
        />
        {shown ? (
          <p id={`${id}-error`} className="field-error">
            {shown}
          </p>
        ) : (
          <p id={`${id}-hint`} className="field-hint">
            An iModel whose description someone else changes meanwhile is left as it is and listed.
          </p>
        )}
      </div>
    </SetOrClearDialog>
  );
}
