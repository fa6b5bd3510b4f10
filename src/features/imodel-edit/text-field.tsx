import type { UseFormRegisterReturn } from "react-hook-form";
import { COUNTER_FROM } from "./form-schema";
import { formatCount } from "../../ui/format-number";

/** A labelled text input with its error and, as the limit nears, a character counter. */
export function TextField(props: {
  id: string;
  label: string;
  max: number;
  length: number;
  registration: UseFormRegisterReturn;
  error?: string;
  readOnly: boolean;
  multiline?: boolean;
  required?: boolean;
}) {
  const { id, label, max, length, registration, error, readOnly, multiline, required } = props;
  const counterId = `${id}-counter`;
  const errorId = `${id}-error`;
  const showCounter = length >= COUNTER_FROM;
  const over = length - max;
  const describedBy =
    [error ? errorId : null, showCounter ? counterId : null].filter(Boolean).join(" ") || undefined;
  const common = {
    id,
    ...registration,
    readOnly,
    "aria-invalid": error ? true : undefined,
    "aria-describedby": describedBy,
    "aria-required": required || undefined,
  };
  return (
    <div className="field imodel-text-field">
      <label htmlFor={id}>{label}</label>
      {multiline ? (
        <textarea rows={3} {...common} />
      ) : (
        <input type="text" autoComplete="off" spellCheck {...common} />
      )}
      {/* Its line is kept when empty: an error that a save brings must not push the page. */}
      <div className="field-message">
        {error ? (
          <p id={errorId} className="field-error">
            {error}
          </p>
        ) : null}
        {showCounter ? (
          <span id={counterId} className="counter" data-near={over > 0 || max - length <= 20}>
            {formatCount(length)} of {formatCount(max)} characters
            {over > 0 ? `: ${formatCount(over)} too many` : ""}
          </span>
        ) : null}
      </div>
    </div>
  );
}
