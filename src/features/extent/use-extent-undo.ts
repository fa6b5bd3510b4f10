import { useCallback, useEffect, useEffectEvent, useRef, useState, type RefObject } from "react";
import type { Extent } from "./extent";
import { closeGroup, emptyHistory, record, redo, undo, type ExtentHistory } from "./extent-history";

export type Travel = "undo" | "redo";

/**
 * Undo and redo of the extent alone, for this visit of the page, with Ctrl/Cmd+Z and
 * Ctrl/Cmd+Shift+Z (or Ctrl+Y) anywhere in the field. `change` records and hands the new
 * extent on; `onTravel` hears where an undo or redo landed.
 */
export function useExtentUndo(options: {
  value: Extent | null;
  onChange(next: Extent | null): void;
  onTravel(direction: Travel, extent: Extent | null): void;
  fieldset: RefObject<HTMLFieldSetElement | null>;
  disabled: boolean;
}) {
  const { value, fieldset, disabled } = options;
  const [history, setHistory] = useState<ExtentHistory>(emptyHistory);
  // The map is memoised on its callbacks: `change` stays stable whatever the parent passes.
  const latest = useRef({ value, onChange: options.onChange });
  useEffect(() => {
    latest.current = { value, onChange: options.onChange };
  });
  const change = useCallback((next: Extent | null, group: string | null = null) => {
    const from = latest.current.value;
    setHistory((h) => record(h, from, next, group));
    latest.current.onChange(next);
  }, []);

  function travel(direction: Travel) {
    const step = direction === "undo" ? undo(history, value) : redo(history, value);
    if (step === null) return;
    setHistory(step.history);
    latest.current.onChange(step.extent);
    options.onTravel(direction, step.extent);
  }

  const onShortcut = useEffectEvent((e: KeyboardEvent) => {
    if (disabled || !(e.ctrlKey || e.metaKey) || e.altKey) return;
    // The paste box keeps the text editing undo of its own.
    if (e.target instanceof HTMLTextAreaElement) return;
    const key = e.key.toLowerCase();
    const direction = key === "z" ? (e.shiftKey ? "redo" : "undo") : key === "y" ? "redo" : null;
    if (direction === null) return;
    e.preventDefault();
    travel(direction);
  });
  useEffect(() => {
    const element = fieldset.current;
    if (!element) return;
    const listener = (e: KeyboardEvent) => onShortcut(e);
    element.addEventListener("keydown", listener);
    return () => element.removeEventListener("keydown", listener);
  }, [fieldset]);

  return {
    change,
    travel,
    canUndo: history.past.length > 0,
    canRedo: history.future.length > 0,
    /** A new focus in the field starts a new step to undo. */
    closeGroup: () => setHistory(closeGroup),
  };
}
