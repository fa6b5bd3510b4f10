import "./extent-editor.css";
import {
  useCallback,
  useEffect,
  useId,
  useRef,
  useEffectEvent,
  useState,
  type FocusEvent,
} from "react";
import type { TileAttribution } from "../../config";
import { useAnnounce } from "../../ui/announcer";
import type { Extent } from "./extent";
import { closeGroup, emptyHistory, record, redo, undo, type ExtentHistory } from "./extent-history";
import { ExtentCopy } from "./extent-copy";
import { shownExtent } from "./extent-gesture";
import { ExtentInputs, type TypedProblem } from "./extent-inputs";
import type { ExtentMapHandle } from "./extent-map";
import { ExtentMapBoundary } from "./extent-map-boundary";
import { ExtentPaste } from "./extent-paste";
import { LazyExtentMap } from "./lazy-extent-map";
import { LazyFindPlace } from "./lazy-find-place";
import { formatCoordinate } from "./parse-coordinate";
import { roundChangedCoordinates } from "./extent-rules";
import type { StartAt } from "./start-at";
import { StoredExtentWarning } from "./stored-extent-warning";

export type ExtentEditorProps = {
  value: Extent | null;
  onChange(next: Extent | null): void;
  onBlur?(): void;
  disabled?: boolean;
  error?: string;
  tileUrl: string;
  tileAttribution: TileAttribution;
  /** Goes on the West longitude input, the field's first control. */
  id?: string;
  /** Whether the inputs hold text that makes no valid extent (and so never reached the form). */
  onTypedProblemChange?(hasProblem: boolean): void;
  /** A new value puts the form's extent back into the inputs, dropping any text typed there. */
  inputsKey?: number;
  /** Where a new extent starts (the map's first view, drawing) when there is none: the iTwin's location. */
  startAt?: StartAt | null;
};

function describe(e: Extent): string {
  const [w, s, east, n] = [e.west, e.south, e.east, e.north].map(formatCoordinate);
  return `Extent: West ${w}, South ${s}, East ${east}, North ${n}.`;
}

/** The form field `extent`: coordinate inputs, a map to draw on, paste and copy. */
export function ExtentEditor(props: ExtentEditorProps) {
  const { value, onBlur, disabled = false, error, tileUrl, tileAttribution, id } = props;
  const baseId = useId();
  const errorId = `${baseId}-error`;
  const [drawing, setDrawing] = useState(false);
  const [mapMessage, setMapMessage] = useState("");
  const map = useRef<ExtentMapHandle>(null);
  const fieldset = useRef<HTMLFieldSetElement>(null);
  // Focus anywhere in the field makes the map, in case it is still out of sight: Tab reaches it.
  const [inUse, setInUse] = useState(false);
  const typedProblem = useRef<TypedProblem | null>(null);
  const latestOnTypedProblemChange = useRef(props.onTypedProblemChange);
  useEffect(() => {
    latestOnTypedProblemChange.current = props.onTypedProblemChange;
  });
  const onTypedProblem = useCallback((problem: TypedProblem | null) => {
    typedProblem.current = problem;
    latestOnTypedProblemChange.current?.(problem !== null);
  }, []);
  const announce = useAnnounce();

  // Text in the inputs that makes no valid extent never reaches the form, so the form's own
  // rules cannot see it: without this, Save would send the last valid extent while the
  // inputs show something else. Like a native invalid input, it stops the form's submit.
  useEffect(() => {
    const form = fieldset.current?.form;
    if (!form) return;
    const onSubmit = (e: SubmitEvent) => {
      const problem = typedProblem.current;
      if (problem === null) return;
      e.preventDefault();
      e.stopPropagation();
      document.getElementById(problem.inputId)?.focus();
      announce(`Not saved: ${problem.message}`);
    };
    form.addEventListener("submit", onSubmit, true);
    return () => form.removeEventListener("submit", onSubmit, true);
  }, [announce]);

  // The map is memoised on its callbacks: keep them stable whatever the parent passes.
  const latestOnChange = useRef(props.onChange);
  useEffect(() => {
    latestOnChange.current = props.onChange;
  });
  // Undo and redo of the extent alone, for this visit of the page.
  const [history, setHistory] = useState<ExtentHistory>(emptyHistory);
  const latestValue = useRef(value);
  useEffect(() => {
    latestValue.current = value;
  });
  const change = useCallback((next: Extent | null, group: string | null = null) => {
    const from = latestValue.current;
    setHistory((h) => record(h, from, next, group));
    latestOnChange.current(next);
  }, []);
  const onInputsChange = useCallback(
    (next: Extent | null, side: string) => change(next, `typed-${side}`),
    [change],
  );

  function travel(direction: "undo" | "redo") {
    const step = direction === "undo" ? undo(history, value) : redo(history, value);
    if (step === null) return;
    setHistory(step.history);
    latestOnChange.current(step.extent);
    const what = step.extent ? describe(step.extent) : "No extent.";
    setMapMessage(`${direction === "undo" ? "Undone" : "Redone"}. ${what}`);
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
  }, []);
  const onMapChange = useCallback(
    (next: Extent) => {
      setMapMessage(describe(next));
      change(next);
    },
    [change],
  );
  const onDrawEnd = useCallback(() => setDrawing(false), []);

  function onFocusOut(e: FocusEvent<HTMLFieldSetElement>) {
    if (!e.currentTarget.contains(e.relatedTarget as Node | null)) onBlur?.();
  }

  const editing = drawing && !disabled;
  useEffect(() => {
    if (!editing) return;
    const onKeyDown = (e: KeyboardEvent) => {
      if (e.key === "Escape") setDrawing(false);
    };
    window.addEventListener("keydown", onKeyDown);
    return () => window.removeEventListener("keydown", onKeyDown);
  }, [editing]);

  return (
    <fieldset
      ref={fieldset}
      className="extent-editor"
      aria-describedby={error ? errorId : undefined}
      onBlur={onFocusOut}
      onFocus={() => {
        setInUse(true);
        setHistory(closeGroup);
      }}
    >
      <legend>Extent</legend>
      <StoredExtentWarning value={value} onFix={change} disabled={disabled} />
      <ExtentInputs
        key={props.inputsKey}
        value={value}
        onChange={onInputsChange}
        disabled={disabled}
        id={id}
        errorId={error ? errorId : undefined}
        onProblem={onTypedProblem}
      />
      {error && (
        <p id={errorId} className="extent-editor__problem">
          {error}
        </p>
      )}
      <div className="extent-editor__toolbar">
        {!disabled && (
          <button type="button" aria-pressed={editing} onClick={() => setDrawing((d) => !d)}>
            Draw rectangle
          </button>
        )}
        <button
          type="button"
          disabled={shownExtent(value) === null}
          onClick={() => map.current?.zoomToExtent()}
        >
          Zoom to extent
        </button>
        {!disabled && (
          <button type="button" disabled={value === null} onClick={() => change(null)}>
            Clear extent
          </button>
        )}
        {!disabled && (
          <>
            <button
              type="button"
              aria-keyshortcuts="Control+Z Meta+Z"
              disabled={history.past.length === 0}
              onClick={() => travel("undo")}
            >
              Undo extent change
            </button>
            <button
              type="button"
              aria-keyshortcuts="Control+Shift+Z Meta+Shift+Z"
              disabled={history.future.length === 0}
              onClick={() => travel("redo")}
            >
              Redo extent change
            </button>
          </>
        )}
      </div>
      {!disabled && (
        // Both texts take their place, only one is seen: the map below does not jump when
        // drawing starts or ends (the shorter text may need one line fewer).
        <p className="extent-editor__note extent-editor__mode-note">
          <span className={editing ? undefined : "extent-editor__unseen"}>
            Drag on the map to draw the extent. Escape cancels.
          </span>
          <span className={editing ? "extent-editor__unseen" : undefined}>
            To draw, press Draw rectangle or hold Shift, then drag on the map. Drag the rectangle or
            its handles to move or resize it.
          </span>
        </p>
      )}
      <LazyFindPlace
        disabled={disabled}
        onShow={(box) => map.current?.showPlace(box)}
        onUse={(next) => onMapChange(next)}
      />
      <div role="region" aria-label="Extent map" className="extent-editor__map">
        <ExtentMapBoundary>
          <LazyExtentMap
            ref={map}
            value={value}
            onChange={onMapChange}
            onMessage={setMapMessage}
            drawing={editing}
            onDrawEnd={onDrawEnd}
            disabled={disabled}
            tileUrl={tileUrl}
            tileAttribution={tileAttribution}
            inUse={inUse}
            startAt={props.startAt}
          />
        </ExtentMapBoundary>
      </div>
      <p aria-live="polite" className="extent-editor__note">
        {mapMessage}
      </p>
      {!disabled && (
        <ExtentPaste onExtent={(parsed) => change(roundChangedCoordinates(value, parsed))} />
      )}
      <ExtentCopy value={value} />
    </fieldset>
  );
}
