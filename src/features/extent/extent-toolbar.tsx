type ExtentToolbarProps = {
  disabled: boolean;
  drawing: boolean;
  onToggleDraw(): void;
  onKeyDraw(): void;
  canZoom: boolean;
  onZoom(): void;
  canClear: boolean;
  onClear(): void;
  canUndo: boolean;
  canRedo: boolean;
  onTravel(direction: "undo" | "redo"): void;
};

const TRAVELS = [
  { direction: "undo", keys: "Control+Z Meta+Z" },
  { direction: "redo", keys: "Control+Shift+Z Meta+Shift+Z" },
] as const;

/** The extent field's actions: draw, zoom, clear, undo and redo. */
export function ExtentToolbar(props: ExtentToolbarProps) {
  const { disabled } = props;
  return (
    <div className="extent-editor__toolbar">
      {!disabled && (
        <button type="button" aria-pressed={props.drawing} onClick={props.onToggleDraw}>
          Draw rectangle
        </button>
      )}
      {!disabled && (
        <button type="button" aria-keyshortcuts="N" onClick={props.onKeyDraw}>
          Draw with keys
        </button>
      )}
      <button type="button" disabled={!props.canZoom} onClick={props.onZoom}>
        Zoom to extent
      </button>
      {!disabled && (
        <>
          <button type="button" disabled={!props.canClear} onClick={props.onClear}>
            Clear extent
          </button>
          {TRAVELS.map(({ direction, keys }) => (
            <button
              key={direction}
              type="button"
              aria-keyshortcuts={keys}
              disabled={direction === "undo" ? !props.canUndo : !props.canRedo}
              onClick={() => props.onTravel(direction)}
            >
              {direction === "undo" ? "Undo" : "Redo"} extent change
            </button>
          ))}
        </>
      )}
    </div>
  );
}
