import * as L from "leaflet";
import { sameExtent, type Extent } from "./extent";
import {
  dragExtent,
  finishGesture,
  handleKinds,
  handleLabels,
  handlePosition,
  nearestCopyOffset,
  nudgeExtent,
  shiftLongitudes,
  shownExtent,
  type GestureKind,
  type GestureResult,
  type HandleKind,
  type LatLng,
} from "./extent-gesture";

export type ExtentLayerCallbacks = {
  onChange(next: Extent): void;
  onMessage(message: string): void;
  onDrawEnd(): void;
};

export type ExtentLayerState = { value: Extent | null; disabled: boolean; drawing: boolean };

type PointerGesture = {
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

type KeyGesture = { kind: HandleKind; start: Extent; draft: Extent };

const DRAG_THRESHOLD_PX = 4;
const KEY_STEP_PX = 10;
const KEY_BIG_STEP_PX = 50;
const ARROWS: Record<string, [number, number]> = {
  ArrowUp: [0, -1],
  ArrowDown: [0, 1],
  ArrowLeft: [-1, 0],
  ArrowRight: [1, 0],
};

/**
 * The editable rectangle as plain Leaflet layers: a rectangle, a move handle and eight
 * resize handles (focusable DivIcon markers). While a gesture runs only these layers
 * change; the form hears about it once, when the gesture ends.
 */
export class ExtentLayerController {
  private state: ExtentLayerState = { value: null, disabled: false, drawing: false };
  private shown: Extent | null = null;
  private offset = 0;
  private rect: L.Rectangle | null = null;
  private readonly handles = new Map<HandleKind, L.Marker>();
  private pointer: PointerGesture | null = null;
  private keys: KeyGesture | null = null;
  private attached = false;
  private sent: Extent | null = null;

  private callbacks: ExtentLayerCallbacks = { onChange() {}, onMessage() {}, onDrawEnd() {} };

  constructor(
    private readonly map: L.Map,
    private readonly describedBy: string,
  ) {}

  setCallbacks(callbacks: ExtentLayerCallbacks): void {
    this.callbacks = callbacks;
  }

  attach(): void {
    if (this.attached) return;
    this.attached = true;
    this.map.getContainer().addEventListener("pointerdown", this.onContainerPointerDown, true);
    this.map.on("moveend", this.onMoveEnd);
    this.render();
  }

  detach(): void {
    if (!this.attached) return;
    this.cancelPointer();
    this.keys = null;
    this.attached = false;
    this.map.getContainer().removeEventListener("pointerdown", this.onContainerPointerDown, true);
    this.map.off("moveend", this.onMoveEnd);
    this.removeLayers();
  }

  update(next: ExtentLayerState): void {
    const changed = !sameExtent(next.value, this.state.value);
    this.state = next;
    if (changed) this.keys = null;
    if (next.disabled) this.cancelPointer();
    this.map.getContainer().classList.toggle("extent-map-drawing", next.drawing && !next.disabled);
    if (this.pointer || this.keys) return;
    this.render();
    // An extent typed or pasted out of sight is brought into view; one drawn here is not.
    if (changed && this.shown && !sameExtent(next.value, this.sent)) {
      const bounds = toBounds(shiftLongitudes(this.shown, this.offset));
      if (!this.map.getBounds().intersects(bounds)) this.map.fitBounds(bounds, fitOptions);
    }
  }

  zoomToExtent(): void {
    if (!this.shown) return;
    this.map.fitBounds(toBounds(shiftLongitudes(this.shown, this.offset)), fitOptions);
  }

  // ---- drawing the layers

  private render(): void {
    this.shown = shownExtent(this.state.value);
    this.offset = this.shown ? this.offsetFor(this.shown, this.offset) : 0;
    this.show(this.shown, this.offset);
  }

  /** Keeps the rectangle on the world copy where it is seen, else the one nearest the centre. */
  private offsetFor(extent: Extent, preferred: number): number {
    const seen = this.map.getBounds().intersects(toBounds(shiftLongitudes(extent, preferred)));
    return seen ? preferred : nearestCopyOffset(extent, this.map.getCenter().lng);
  }

  private show(extent: Extent | null, offset: number): void {
    if (!this.attached) return;
    if (extent === null) {
      this.removeLayers();
      return;
    }
    const shown = shiftLongitudes(extent, offset);
    const editable = !this.state.disabled;
    if (!this.rect) {
      this.rect = L.rectangle(toBounds(shown), {
        className: "extent-rect",
        interactive: false,
        color: "#0b57d0",
        weight: 2,
        fillOpacity: 0.12,
      }).addTo(this.map);
      const path = this.rect.getElement();
      path?.addEventListener("pointerdown", (e) =>
        this.onHandlePointerDown(e as PointerEvent, "move"),
      );
    } else {
      this.rect.setBounds(toBounds(shown));
    }
    this.rect.getElement()?.classList.toggle("extent-rect--editable", editable);
    if (!editable) {
      this.removeHandles();
      return;
    }
    for (const kind of handleKinds) {
      const position = handlePosition(shown, kind);
      const marker = this.handles.get(kind);
      if (marker) marker.setLatLng(position);
      else this.handles.set(kind, this.createHandle(kind, position));
    }
  }

  private createHandle(kind: HandleKind, position: LatLng): L.Marker {
    const marker = L.marker(position, {
      icon: L.divIcon({ className: `extent-handle extent-handle--${kind}`, iconSize: [24, 24] }),
      keyboard: true,
      interactive: false,
    }).addTo(this.map);
    const element = marker.getElement();
    if (element) {
      element.setAttribute("aria-label", handleLabels[kind]);
      element.setAttribute("aria-describedby", this.describedBy);
      L.DomEvent.disableClickPropagation(element);
      element.addEventListener("pointerdown", (e) => this.onHandlePointerDown(e, kind));
      element.addEventListener("keydown", (e) => this.onHandleKeyDown(e, kind));
      element.addEventListener("keyup", (e) => {
        if (e.key in ARROWS) this.commitKeys();
      });
      element.addEventListener("blur", () => this.commitKeys());
    }
    return marker;
  }

  private removeHandles(): void {
    for (const marker of this.handles.values()) marker.remove();
    this.handles.clear();
  }

  private removeLayers(): void {
    this.removeHandles();
    this.rect?.remove();
    this.rect = null;
  }

  private readonly onMoveEnd = () => {
    if (this.pointer || this.keys || !this.shown) return;
    const offset = this.offsetFor(this.shown, this.offset);
    if (offset !== this.offset) {
      this.offset = offset;
      this.show(this.shown, offset);
    }
  };

  // ---- pointer gestures (mouse, pen, touch)

  private readonly onContainerPointerDown = (e: PointerEvent) => {
    if (this.pointer) {
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
    if (this.state.disabled || this.pointer || !isPrimaryButton(e)) return;
    // No compatibility mouse events, so Leaflet does not pan the map as well.
    e.preventDefault();
    e.stopPropagation();
    const handle = this.handles.get(kind)?.getElement();
    handle?.focus({ preventScroll: true });
    this.startPointer(kind, e, e.currentTarget as Element);
  }

  private startPointer(kind: GestureKind, e: PointerEvent, element: Element): void {
    this.commitKeys();
    const offset = kind === "draw" ? 0 : this.offset;
    const at = this.map.mouseEventToLatLng(e);
    this.pointer = {
      kind,
      start: kind === "draw" ? null : this.shown,
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
    this.map.dragging.disable();
    window.addEventListener("pointermove", this.onPointerMove);
    window.addEventListener("pointerup", this.onPointerUp);
    window.addEventListener("pointercancel", this.onPointerCancel);
    window.addEventListener("keydown", this.onGestureKeyDown, true);
  }

  private readonly onPointerMove = (e: PointerEvent) => {
    const g = this.pointer;
    if (!g || e.pointerId !== g.pointerId) return;
    if (!g.draft && Math.hypot(e.clientX - g.startX, e.clientY - g.startY) < DRAG_THRESHOLD_PX) {
      return;
    }
    const at = this.map.mouseEventToLatLng(e);
    g.draft = dragExtent(g.start, g.kind, g.from, { lat: at.lat, lng: at.lng - g.offset });
    this.show(g.draft, g.offset);
  };

  private readonly onPointerUp = (e: PointerEvent) => {
    const g = this.pointer;
    if (!g || e.pointerId !== g.pointerId) return;
    this.endPointer();
    if (g.draft === null) {
      this.render(); // a click, not a drag
      return;
    }
    this.finish(finishGesture(g.start, g.draft), shiftLongitudes(g.draft, g.offset));
    if (g.kind === "draw") this.callbacks.onDrawEnd();
  };

  private readonly onPointerCancel = (e: PointerEvent) => {
    if (this.pointer && e.pointerId === this.pointer.pointerId) this.cancelPointer();
  };

  private readonly onGestureKeyDown = (e: KeyboardEvent) => {
    if (e.key !== "Escape" || !this.pointer) return;
    e.preventDefault();
    e.stopPropagation();
    const wasDrawing = this.pointer.kind === "draw";
    this.cancelPointer();
    this.callbacks.onMessage("Cancelled: the extent is unchanged.");
    if (wasDrawing) this.callbacks.onDrawEnd();
  };

  private cancelPointer(): void {
    if (!this.pointer) return;
    this.endPointer();
    this.render();
  }

  private endPointer(): void {
    const g = this.pointer;
    if (!g) return;
    this.pointer = null;
    window.removeEventListener("pointermove", this.onPointerMove);
    window.removeEventListener("pointerup", this.onPointerUp);
    window.removeEventListener("pointercancel", this.onPointerCancel);
    window.removeEventListener("keydown", this.onGestureKeyDown, true);
    if (g.element.hasPointerCapture?.(g.pointerId)) g.element.releasePointerCapture(g.pointerId);
    if (this.attached) this.map.dragging.enable();
  }

  /** `seen` is the rectangle as last shown, to keep the result on that world copy. */
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
    this.shown = extent;
    this.offset = nearestCopyOffset(extent, (seen.west + seen.east) / 2);
    this.show(extent, this.offset);
    this.sent = extent;
    this.callbacks.onChange(extent);
  }

  // ---- keyboard: each arrow key press is a small gesture, committed on key up

  private onHandleKeyDown(e: KeyboardEvent, kind: HandleKind): void {
    if (this.state.disabled || e.altKey || e.ctrlKey || e.metaKey) return;
    if (e.key === "Escape" && this.keys) {
      e.preventDefault();
      e.stopPropagation();
      this.keys = null;
      this.render();
      return;
    }
    const arrow = ARROWS[e.key];
    if (!arrow || this.pointer) return;
    if (this.keys && this.keys.kind !== kind) this.commitKeys();
    const base = this.keys?.draft ?? this.shown;
    if (!base) return;
    e.preventDefault();
    e.stopPropagation();
    const step = e.shiftKey ? KEY_BIG_STEP_PX : KEY_STEP_PX;
    // Steps are in screen pixels at the current zoom; project() does not round as
    // latLngToContainerPoint() does, and the other axis stays exactly as it was.
    const zoom = this.map.getZoom();
    const here = L.latLng(handlePosition(shiftLongitudes(base, this.offset), kind));
    const there = this.map.unproject(
      this.map.project(here, zoom).add([arrow[0] * step, arrow[1] * step]),
      zoom,
    );
    const dLat = arrow[1] === 0 ? 0 : there.lat - here.lat;
    const dLng = arrow[0] === 0 ? 0 : there.lng - here.lng;
    const nudged = nudgeExtent(base, kind, dLat, dLng);
    if (!nudged.ok) {
      this.callbacks.onMessage(nudged.message);
      return;
    }
    const start = this.keys?.start ?? base;
    const checked = finishGesture(start, nudged.extent);
    if (!checked.ok) {
      this.callbacks.onMessage(checked.message);
      return;
    }
    this.keys = { kind, start, draft: nudged.extent };
    this.show(nudged.extent, this.offset);
  }

  private commitKeys(): void {
    const k = this.keys;
    if (!k) return;
    this.keys = null;
    this.finish(finishGesture(k.start, k.draft), shiftLongitudes(k.draft, this.offset));
  }
}

export const fitOptions: L.FitBoundsOptions = { padding: [24, 24], maxZoom: 16 };

export function toBounds(e: Extent): L.LatLngBounds {
  return L.latLngBounds([e.south, e.west], [e.north, e.east]);
}

function isPrimaryButton(e: PointerEvent): boolean {
  return e.pointerType !== "mouse" || e.button === 0;
}
