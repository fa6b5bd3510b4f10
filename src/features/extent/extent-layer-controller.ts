import type * as L from "leaflet";
import { sameExtent, type Extent } from "./extent";
import { shownExtent, type GestureResult, type HandleKind, type LatLng } from "./extent-gesture";
import type { ExtentInteraction, ExtentLayerState, InteractionContext } from "./extent-interaction";
import { ARROWS } from "./extent-interaction";
import { ExtentView, fitOptions } from "./extent-view";
import { KeyDrawInteraction } from "./key-draw-interaction";
import { NudgeInteraction } from "./nudge-interaction";
import { PointerInteraction } from "./pointer-interaction";

export type { ExtentLayerState } from "./extent-interaction";
export { fitOptions, toBounds } from "./extent-view";

export type ExtentLayerCallbacks = {
  onChange(next: Extent): void;
  onMessage(message: string): void;
  onDrawEnd(): void;
};

/** The key that starts drawing a new rectangle on the focused map. */
export const KEY_DRAW_KEY = "n";

/**
 * The editable rectangle on a Leaflet map: routes events to one interaction at a time
 * (pointer, nudges, drawing with keys) and hands their result to the form once a gesture
 * ends. While one runs, only the layers change.
 */
export class ExtentLayerController {
  private state: ExtentLayerState = { value: null, disabled: false, drawing: false };
  private attached = false;
  private sent: Extent | null = null;
  private callbacks: ExtentLayerCallbacks = { onChange() {}, onMessage() {}, onDrawEnd() {} };
  private readonly view: ExtentView;
  private readonly pointer: PointerInteraction;
  private readonly nudge: NudgeInteraction;
  private readonly keyDraw: KeyDrawInteraction;
  private readonly interactions: readonly ExtentInteraction[];

  constructor(
    private readonly map: L.Map,
    describedBy: string,
  ) {
    this.view = new ExtentView(map, describedBy, {
      pointerdown: (e, kind) => this.onHandlePointerDown(e, kind),
      keydown: (e, kind) => {
        if (!this.pointer.busy && !this.keyDraw.busy) this.nudge.keydown(e, kind);
      },
      keyup: (e) => {
        if (e.key in ARROWS) this.nudge.commit();
      },
      blur: () => this.nudge.commit(),
    });
    const ctx: InteractionContext = {
      map,
      view: this.view,
      state: () => this.state,
      restore: () => this.render(),
      finish: (result, seen) => this.finish(result, seen),
      message: (text) => this.callbacks.onMessage(text),
      drawEnd: () => this.callbacks.onDrawEnd(),
    };
    this.pointer = new PointerInteraction(ctx);
    this.nudge = new NudgeInteraction(ctx);
    this.keyDraw = new KeyDrawInteraction(ctx);
    this.interactions = [this.pointer, this.nudge, this.keyDraw];
  }

  setCallbacks(callbacks: ExtentLayerCallbacks): void {
    this.callbacks = callbacks;
  }

  attach(): void {
    if (this.attached) return;
    this.attached = true;
    const container = this.map.getContainer();
    container.addEventListener("pointerdown", this.onContainerPointerDown, true);
    container.addEventListener("keydown", this.onContainerKeyDown);
    this.map.on("moveend", this.onMoveEnd);
    this.render();
  }

  detach(): void {
    if (!this.attached) return;
    for (const i of this.interactions) i.cancel();
    this.attached = false;
    const container = this.map.getContainer();
    container.removeEventListener("pointerdown", this.onContainerPointerDown, true);
    container.removeEventListener("keydown", this.onContainerKeyDown);
    this.map.off("moveend", this.onMoveEnd);
    this.view.remove();
  }

  update(next: ExtentLayerState): void {
    const changed = !sameExtent(next.value, this.state.value);
    this.state = next;
    if (changed) this.nudge.cancel();
    if (next.disabled) {
      this.pointer.cancel();
      this.keyDraw.cancel();
    }
    this.map.getContainer().classList.toggle("extent-map-drawing", next.drawing && !next.disabled);
    if (this.busy()) return;
    this.render();
    // An extent typed or pasted with any of it out of sight is brought wholly into view, so
    // all four edges can be seen and dragged; one drawn or dragged here stays as it was left.
    const bounds = this.view.bounds();
    if (changed && bounds && !sameExtent(next.value, this.sent)) {
      if (!this.map.getBounds().contains(bounds)) this.map.fitBounds(bounds, fitOptions);
    }
  }

  zoomToExtent(): void {
    const bounds = this.view.bounds();
    if (bounds) this.map.fitBounds(bounds, fitOptions);
  }

  /** Starts drawing a new rectangle with the keyboard, at `at` or the map's centre. */
  startKeyDraw(at?: LatLng | null): void {
    if (!this.attached || this.state.disabled || this.pointer.busy) return;
    this.nudge.commit();
    this.keyDraw.cancel();
    this.keyDraw.start(at);
    this.map.getContainer().focus({ preventScroll: true });
  }

  private busy(): boolean {
    return this.interactions.some((i) => i.busy);
  }

  private render(): void {
    if (!this.attached) return;
    this.view.place(shownExtent(this.state.value), !this.state.disabled);
  }

  private readonly onMoveEnd = () => {
    if (!this.busy()) this.view.follow(!this.state.disabled);
  };

  private readonly onContainerKeyDown = (e: KeyboardEvent) => {
    if (e.target !== this.map.getContainer() || e.altKey || e.ctrlKey || e.metaKey) return;
    if (e.key.toLowerCase() !== KEY_DRAW_KEY || this.busy() || this.state.disabled) return;
    e.preventDefault();
    this.startKeyDraw();
  };

  private readonly onContainerPointerDown = (e: PointerEvent) => {
    if (this.pointer.busy) {
      e.stopPropagation(); // a second finger must not start Leaflet's own gestures
      return;
    }
    if (this.state.disabled || !isPrimaryButton(e)) return;
    const target = e.target instanceof Element ? e.target : null;
    if (target?.closest(".leaflet-control-container")) return;
    const onShape = target?.closest(".extent-handle, .extent-rect--editable");
    if (!this.state.drawing && !(e.shiftKey && !onShape)) return;
    e.preventDefault();
    e.stopPropagation();
    this.startPointer("draw", e, this.map.getContainer());
  };

  private onHandlePointerDown(e: PointerEvent, kind: HandleKind): void {
    if (this.state.disabled || this.pointer.busy || !isPrimaryButton(e)) return;
    // No compatibility mouse events, so Leaflet does not pan the map as well.
    e.preventDefault();
    e.stopPropagation();
    this.view.handleElement(kind)?.focus({ preventScroll: true });
    this.startPointer(kind, e, e.currentTarget as Element);
  }

  private startPointer(kind: HandleKind | "draw", e: PointerEvent, element: Element): void {
    this.nudge.commit();
    this.keyDraw.cancel();
    this.pointer.start(kind, e, element);
  }

  private finish(result: GestureResult, seen: Extent): void {
    if (!result.ok) {
      this.render();
      this.callbacks.onMessage(result.message);
      return;
    }
    const { extent } = result;
    if (sameExtent(extent, this.state.value)) {
      this.render();
      return;
    }
    // Show the result at once; the new value comes back through update().
    this.view.placeNear(extent, seen, !this.state.disabled);
    this.sent = extent;
    this.callbacks.onChange(extent);
  }
}

function isPrimaryButton(e: PointerEvent): boolean {
  return e.pointerType !== "mouse" || e.button === 0;
}
