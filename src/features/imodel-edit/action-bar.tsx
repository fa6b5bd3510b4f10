import { useLayoutEffect, useRef, type RefObject } from "react";
import { describeFieldErrors, type SaveOutcome } from "./save-outcome";
import "./action-bar.css";

export const SAVE_STATUS_ID = "save-status";

/**
 * Save, Discard changes and where the save is, in one bar that stays in view at the bottom of
 * the window: every outcome is read next to the button that caused it.
 */
export function ActionBar(props: {
  canSave: boolean;
  saveDisabled: boolean;
  discardDisabled: boolean;
  outcome: SaveOutcome | null;
  fieldErrorCount: number;
  /** The control focused last inside the form: when it is disabled or gone, focus comes here. */
  lastFocused: RefObject<HTMLElement | null>;
  onDiscard: () => void;
  onCancel: () => void;
  onRetry: () => void;
  onShowFirstError: () => void;
}) {
  const { outcome, fieldErrorCount, lastFocused } = props;
  const status = useRef<HTMLDivElement>(null);
  // A button that is pressed and then disabled or removed (Save, Retry) would drop focus to
  // <body>; the status that says what happened next takes it instead, without scrolling.
  useLayoutEffect(() => {
    const last = lastFocused.current;
    if (!last || last === status.current) return;
    const active = document.activeElement;
    if (active !== last && active !== document.body && active !== null) return;
    if (!last.isConnected || last.matches(":disabled") || last.closest("[inert]")) {
      status.current?.focus({ preventScroll: true });
    }
  });

  return (
    <div className="action-bar">
      <div className="action-bar__buttons">
        {props.canSave ? (
          <button type="submit" className="button-primary" disabled={props.saveDisabled}>
            Save
          </button>
        ) : null}
        <button
          type="button"
          className="button-secondary"
          onClick={props.onDiscard}
          disabled={props.discardDisabled}
        >
          Discard changes
        </button>
      </div>
      <div
        ref={status}
        tabIndex={-1}
        className="action-bar__status"
        data-tone={outcome?.tone}
        id={SAVE_STATUS_ID}
      >
        {outcome ? <span className="action-bar__text">{outcome.text}</span> : null}
        {outcome?.action === "cancel" ? (
          <button type="button" className="button-secondary" onClick={props.onCancel}>
            Cancel
          </button>
        ) : outcome?.action === "retry" ? (
          <button type="button" className="button-secondary" onClick={props.onRetry}>
            Retry save
          </button>
        ) : null}
        {fieldErrorCount > 0 && outcome?.tone !== "busy" ? (
          <button type="button" className="action-bar__link" onClick={props.onShowFirstError}>
            {describeFieldErrors(fieldErrorCount)}
          </button>
        ) : null}
      </div>
    </div>
  );
}
