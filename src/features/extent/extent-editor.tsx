import "./extent-editor.css";
import { useCallback, useEffect, useId, useRef, useState, type FocusEvent } from "react";
import type { TileAttribution } from "../../config";
import { sameExtent, type Extent } from "./extent";
import { ExtentCopy } from "./extent-copy";
import { shownExtent, type LatLng } from "./extent-gesture";
import { ExtentInputs } from "./extent-inputs";
import { extentSizeNote } from "./extent-size";
import type { ExtentMapHandle } from "./extent-map";
import { ExtentMapBoundary } from "./extent-map-boundary";
import { ExtentPaste } from "./extent-paste";
import { ExtentToolbar } from "./extent-toolbar";
import { LazyExtentMap } from "./lazy-extent-map";
import { LazyFindPlace } from "./lazy-find-place";
import { formatCoordinate } from "./parse-coordinate";
import { roundChangedCoordinates } from "./extent-rules";
import type { StartAt } from "./start-at";
import { StoredExtentWarning } from "./stored-extent-warning";
import { useExtentUndo } from "./use-extent-undo";
import { useTypedProblemGuard } from "./use-typed-problem-guard";

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
  /** The extent as saved, drawn faintly behind the edited one. */
  saved?: Extent | null;
  /** Where drawing with keys starts (the map's centre when not given). */
  keyDrawStart?: LatLng | null;
  /** Where a new extent starts (the map's first view, drawing) when there is none: the iTwin's location. */
  startAt?: StartAt | null;
};

/** A message about the extent, true only while the extent is still `value`. */
type Status = { text: string; value: Extent | null };

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
  const [status, setStatus] = useState<Status | null>(null);
  const map = useRef<ExtentMapHandle>(null);
  const fieldset = useRef<HTMLFieldSetElement>(null);
  // Focus anywhere in the field makes the map, in case it is still out of sight: Tab reaches it.
  const [inUse, setInUse] = useState(false);
  const onTypedProblem = useTypedProblemGuard(fieldset, props.onTypedProblemChange);
  const history = useExtentUndo({
    value,
    onChange: props.onChange,
    fieldset,
    disabled,
    onTravel: (direction, extent) =>
      setStatus({
        text: `${direction === "undo" ? "Undone" : "Redone"}. ${extent ? describe(extent) : "No extent."}`,
        value: extent,
      }),
  });
  const { change } = history;
  const latestValue = useRef(value);
  useEffect(() => {
    latestValue.current = value;
  });
  const setMapMessage = useCallback(
    (text: string) => setStatus({ text, value: latestValue.current }),
    [],
  );
  const onInputsChange = useCallback(
    (next: Extent | null, side: string) => change(next, `typed-${side}`),
    [change],
  );
  const onMapChange = useCallback((next: Extent) => change(next), [change]);
  const onDrawEnd = useCallback(() => setDrawing(false), []);

  function onFocusOut(e: FocusEvent<HTMLFieldSetElement>) {
    if (!e.currentTarget.contains(e.relatedTarget as Node | null)) onBlur?.();
  }

  const editing = drawing && !disabled;
  const sizeNote = error ? null : extentSizeNote(value);
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
        history.closeGroup();
      }}
    >
      <legend>Extent</legend>
      <div className="extent-editor__frame">
        <div className="extent-editor__body">
          <div className="extent-editor__top">
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
            <ExtentToolbar
              disabled={disabled}
              drawing={editing}
              onToggleDraw={() => setDrawing((d) => !d)}
              onKeyDraw={() => map.current?.startKeyDraw(props.keyDrawStart)}
              canZoom={shownExtent(value) !== null}
              onZoom={() => map.current?.zoomToExtent()}
              canClear={value !== null}
              onClear={() => change(null)}
              canUndo={history.canUndo}
              canRedo={history.canRedo}
              onTravel={history.travel}
            />
            {!disabled && (
              // Both texts take their place, only one is seen: the map below does not jump when
              // drawing starts or ends (the shorter text may need one line fewer).
              <p className="extent-editor__note extent-editor__mode-note">
                <span className={editing ? undefined : "extent-editor__unseen"}>
                  Drag on the map to draw the extent. Escape cancels.
                </span>
                <span className={editing ? "extent-editor__unseen" : undefined}>
                  To draw, press Draw rectangle or hold Shift, then drag on the map. Drag the
                  rectangle or its handles to move or resize it.
                </span>
              </p>
            )}
          </div>
          <div className="extent-editor__map-block">
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
                  saved={props.saved ?? null}
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
            {/* One description of the extent as it is now; a message about a step only while it holds. */}
            <p aria-live="polite" className="extent-editor__note extent-editor__status">
              {status && sameExtent(status.value, value)
                ? status.text
                : value
                  ? describe(value)
                  : "No extent."}
            </p>
            {sizeNote && <p className="extent-editor__note extent-editor__size-note">{sizeNote}</p>}
          </div>
          <div className="extent-editor__bottom">
            {!disabled && (
              <ExtentPaste
                value={value}
                onExtent={(parsed) => {
                  const next = roundChangedCoordinates(value, parsed);
                  change(next);
                  return next;
                }}
              />
            )}
            <ExtentCopy value={value} />
          </div>
        </div>
      </div>
    </fieldset>
  );
}
