import { dragExtent, finishGesture, shiftLongitudes } from "./extent-gesture";
import type { Extent } from "./extent";
import type { GestureKind, LatLng } from "./extent-gesture";
import type { ExtentInteraction, InteractionContext } from "./extent-interaction";

type Gesture = {
  kind: GestureKind;
  start: Extent | null;
  from: LatLng;
  offset: number;
  draft: Extent | null;
  pointerId: number;
  startX: number;
  startY: number;
  element: Element;
};

const DRAG_THRESHOLD_PX = 4;

/** Mouse, pen and touch: drawing a new rectangle, moving it, or dragging a handle. */
export class PointerInteraction implements ExtentInteraction {
  private gesture: Gesture | null = null;

  constructor(private readonly ctx: InteractionContext) {}

  get busy(): boolean {
    return this.gesture !== null;
  }

  start(kind: GestureKind, e: PointerEvent, element: Element): void {
    const { map, view } = this.ctx;
    const offset = kind === "draw" ? 0 : view.offset;
    const at = map.mouseEventToLatLng(e);
    this.gesture = {
      kind,
      start: kind === "draw" ? null : view.shown,
      from: { lat: at.lat, lng: at.lng - offset },
      offset,
      draft: null,
      pointerId: e.pointerId,
      startX: e.clientX,
      startY: e.clientY,
      element,
    };
    try {
      element.setPointerCapture(e.pointerId);
    } catch {
      // Capture is an optimisation: the window listeners below still see the moves.
    }
    map.dragging.disable();
    window.addEventListener("pointermove", this.onMove);
    window.addEventListener("pointerup", this.onUp);
    window.addEventListener("pointercancel", this.onCancel);
    window.addEventListener("keydown", this.onKeyDown, true);
  }

  cancel(): void {
    if (!this.gesture) return;
    this.end();
    this.ctx.restore();
  }

  private readonly onMove = (e: PointerEvent) => {
    const g = this.gesture;
    if (!g || e.pointerId !== g.pointerId) return;
    if (!g.draft && Math.hypot(e.clientX - g.startX, e.clientY - g.startY) < DRAG_THRESHOLD_PX) {
      return;
    }
    const at = this.ctx.map.mouseEventToLatLng(e);
    g.draft = dragExtent(g.start, g.kind, g.from, { lat: at.lat, lng: at.lng - g.offset });
    this.ctx.view.draw(g.draft, g.offset, !this.ctx.state().disabled);
  };

  private readonly onUp = (e: PointerEvent) => {
    const g = this.gesture;
    if (!g || e.pointerId !== g.pointerId) return;
    this.end();
    if (g.draft === null) {
      this.ctx.restore(); // a click, not a drag
      return;
    }
    this.ctx.finish(finishGesture(g.start, g.draft), shiftLongitudes(g.draft, g.offset));
    if (g.kind === "draw") this.ctx.drawEnd();
  };

  private readonly onCancel = (e: PointerEvent) => {
    if (this.gesture && e.pointerId === this.gesture.pointerId) this.cancel();
  };

  private readonly onKeyDown = (e: KeyboardEvent) => {
    if (e.key !== "Escape" || !this.gesture) return;
    e.preventDefault();
    e.stopPropagation();
    const wasDrawing = this.gesture.kind === "draw";
    this.cancel();
    this.ctx.message("Cancelled: the extent is unchanged.");
    if (wasDrawing) this.ctx.drawEnd();
  };

  private end(): void {
    const g = this.gesture;
    if (!g) return;
    this.gesture = null;
    window.removeEventListener("pointermove", this.onMove);
    window.removeEventListener("pointerup", this.onUp);
    window.removeEventListener("pointercancel", this.onCancel);
    window.removeEventListener("keydown", this.onKeyDown, true);
    if (g.element.hasPointerCapture?.(g.pointerId)) g.element.releasePointerCapture(g.pointerId);
    this.ctx.map.dragging.enable();
  }
}
