import * as L from "leaflet";
import type { Extent } from "./extent";
import {
  handleKinds,
  handleLabels,
  handlePosition,
  nearestCopyOffset,
  shiftLongitudes,
  type HandleKind,
  type LatLng,
} from "./extent-gesture";

export type HandleListeners = {
  pointerdown(e: PointerEvent, kind: HandleKind): void;
  keydown(e: KeyboardEvent, kind: HandleKind): void;
  keyup(e: KeyboardEvent, kind: HandleKind): void;
  blur(kind: HandleKind): void;
};

export const fitOptions: L.FitBoundsOptions = { padding: [24, 24], maxZoom: 16 };

export function toBounds(e: Extent): L.LatLngBounds {
  return L.latLngBounds([e.south, e.west], [e.north, e.east]);
}

/**
 * The rectangle's Leaflet layers (a rectangle, a move handle and eight focusable resize
 * handles) and the world copy they are drawn on. It only draws: what a pointer or a key
 * does to them is the interactions' job.
 */
export class ExtentView {
  /** The extent as drawn (unshifted), and the longitude offset of its world copy. */
  shown: Extent | null = null;
  offset = 0;
  private rect: L.Rectangle | null = null;
  private readonly handles = new Map<HandleKind, L.Marker>();

  constructor(
    readonly map: L.Map,
    private readonly describedBy: string,
    private readonly listeners: HandleListeners,
  ) {}

  /** Shows `extent` on the world copy where it is seen, else the one nearest the centre. */
  place(extent: Extent | null, editable: boolean): void {
    this.shown = extent;
    this.offset = extent ? this.offsetFor(extent, this.offset) : 0;
    this.draw(extent, this.offset, editable);
  }

  /** Shows the result of a gesture on the copy nearest to where it was seen. */
  placeNear(extent: Extent, seen: Extent, editable: boolean): void {
    this.shown = extent;
    this.offset = nearestCopyOffset(extent, (seen.west + seen.east) / 2);
    this.draw(extent, this.offset, editable);
  }

  /** After a pan: moves the rectangle to the copy in sight, if it left it. */
  follow(editable: boolean): void {
    if (!this.shown) return;
    const offset = this.offsetFor(this.shown, this.offset);
    if (offset === this.offset) return;
    this.offset = offset;
    this.draw(this.shown, offset, editable);
  }

  bounds(): L.LatLngBounds | null {
    return this.shown ? toBounds(shiftLongitudes(this.shown, this.offset)) : null;
  }

  handleElement(kind: HandleKind): HTMLElement | undefined {
    return this.handles.get(kind)?.getElement();
  }

  private offsetFor(extent: Extent, preferred: number): number {
    const seen = this.map.getBounds().intersects(toBounds(shiftLongitudes(extent, preferred)));
    return seen ? preferred : nearestCopyOffset(extent, this.map.getCenter().lng);
  }

  /** Draws `extent` moved by `offset` degrees of longitude; null removes the layers. */
  draw(extent: Extent | null, offset: number, editable: boolean): void {
    if (extent === null) {
      this.remove();
      return;
    }
    const shown = shiftLongitudes(extent, offset);
    if (!this.rect) {
      this.rect = L.rectangle(toBounds(shown), {
        className: "extent-rect",
        interactive: false,
        color: "#0b57d0",
        weight: 2,
        fillOpacity: 0.12,
      }).addTo(this.map);
      this.rect
        .getElement()
        ?.addEventListener("pointerdown", (e) =>
          this.listeners.pointerdown(e as PointerEvent, "move"),
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
      element.addEventListener("pointerdown", (e) => this.listeners.pointerdown(e, kind));
      element.addEventListener("keydown", (e) => this.listeners.keydown(e, kind));
      element.addEventListener("keyup", (e) => this.listeners.keyup(e, kind));
      element.addEventListener("blur", () => this.listeners.blur(kind));
    }
    return marker;
  }

  private removeHandles(): void {
    for (const marker of this.handles.values()) marker.remove();
    this.handles.clear();
  }

  remove(): void {
    this.removeHandles();
    this.rect?.remove();
    this.rect = null;
  }
}
