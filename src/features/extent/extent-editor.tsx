import "./extent-editor.css";
import {
  lazy,
  Suspense,
  useCallback,
  useEffect,
  useId,
  useRef,
  useState,
  type FocusEvent,
} from "react";
import type { Extent } from "./extent";
import { ExtentCopy } from "./extent-copy";
import { shownExtent } from "./extent-gesture";
import { ExtentInputs } from "./extent-inputs";
import type { ExtentMapHandle } from "./extent-map";
import { ExtentMapBoundary } from "./extent-map-boundary";
import { ExtentPaste } from "./extent-paste";
import { roundChangedCoordinates } from "./extent-rules";
import { StoredExtentWarning } from "./stored-extent-warning";

const ExtentMap = lazy(() => import("./extent-map").then((m) => ({ default: m.ExtentMap })));

export type ExtentEditorProps = {
  value: Extent | null;
  onChange(next: Extent | null): void;
  onBlur?(): void;
  disabled?: boolean;
  error?: string;
  tileUrl: string;
  tileAttribution: string;
  /** Goes on the West longitude input, the field's first control. */
  id?: string;
};

function describe(e: Extent): string {
  return `Extent: West ${e.west}, South ${e.south}, East ${e.east}, North ${e.north}.`;
}

/** The form field `extent`: coordinate inputs, a map to draw on, paste and copy. */
export function ExtentEditor(props: ExtentEditorProps) {
  const { value, onBlur, disabled = false, error, tileUrl, tileAttribution, id } = props;
  const baseId = useId();
  const errorId = `${baseId}-error`;
  const [drawing, setDrawing] = useState(false);
  const [mapMessage, setMapMessage] = useState("");
  const map = useRef<ExtentMapHandle>(null);

  // The map is memoised on its callbacks: keep them stable whatever the parent passes.
  const latestOnChange = useRef(props.onChange);
  useEffect(() => {
    latestOnChange.current = props.onChange;
  });
  const change = useCallback((next: Extent | null) => latestOnChange.current(next), []);
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
      className="extent-editor"
      aria-describedby={error ? errorId : undefined}
      onBlur={onFocusOut}
    >
      <legend>Extent</legend>
      <StoredExtentWarning value={value} onFix={change} disabled={disabled} />
      <ExtentInputs
        value={value}
        onChange={change}
        disabled={disabled}
        id={id}
        errorId={error ? errorId : undefined}
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
      </div>
      {!disabled && (
        <p className="extent-editor__note">
          {editing
            ? "Drag on the map to draw the extent. Escape cancels."
            : "To draw, press Draw rectangle or hold Shift, then drag on the map. Drag the rectangle or its handles to move or resize it."}
        </p>
      )}
      <div role="region" aria-label="Extent map" className="extent-editor__map">
        <ExtentMapBoundary>
          <Suspense fallback={<p className="extent-editor__loading">Loading map…</p>}>
            <ExtentMap
              ref={map}
              value={value}
              onChange={onMapChange}
              onMessage={setMapMessage}
              drawing={editing}
              onDrawEnd={onDrawEnd}
              disabled={disabled}
              tileUrl={tileUrl}
              tileAttribution={tileAttribution}
            />
          </Suspense>
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
