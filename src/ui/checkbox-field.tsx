import { useId } from "react";
import { useImmediateValue } from "./use-immediate-value";

/** A labelled checkbox whose source of truth is elsewhere (the URL): it turns at the click. */
export function CheckboxField({
  label,
  checked: source,
  onChange,
}: {
  label: string;
  checked: boolean;
  onChange: (checked: boolean) => void;
}) {
  const id = useId();
  const [checked, setChecked] = useImmediateValue(source);
  return (
    <div className="field checkbox-field">
      <input
        id={id}
        type="checkbox"
        checked={checked}
        onChange={(event) => {
          setChecked(event.target.checked);
          onChange(event.target.checked);
        }}
      />
      <label htmlFor={id}>{label}</label>
    </div>
  );
}
