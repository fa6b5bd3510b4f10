import type * as L from "leaflet";
import type { Extent } from "./extent";
import type { GestureResult } from "./extent-gesture";
import type { ExtentView } from "./extent-view";

export type ExtentLayerState = { value: Extent | null; disabled: boolean; drawing: boolean };

/** What every interaction gets from the controller: the map, the layers and the way out. */
export type InteractionContext = {
  readonly map: L.Map;
  readonly view: ExtentView;
  state(): ExtentLayerState;
  /** Draws the form's value again, dropping any draft. */
  restore(): void;
  /** Ends a gesture: `seen` is the draft as last drawn, to keep the result on that world copy. */
  finish(result: GestureResult, seen: Extent): void;
  message(text: string): void;
  drawEnd(): void;
};

/**
 * One way of changing the rectangle (a pointer drag, arrow-key nudges, drawing with keys).
 * While one is busy its draft is on the map and the form's value waits.
 */
export interface ExtentInteraction {
  readonly busy: boolean;
  /** Drops the gesture without a change. */
  cancel(): void;
}

/** Screen pixels per arrow key press, and with Shift. */
export const KEY_STEP_PX = 10;
export const KEY_BIG_STEP_PX = 50;
export const ARROWS: Record<string, [number, number]> = {
  ArrowUp: [0, -1],
  ArrowDown: [0, 1],
  ArrowLeft: [-1, 0],
  ArrowRight: [1, 0],
};

/**
 * The point `px` screen pixels from `from` at the map's zoom. project() does not round as
 * latLngToContainerPoint() does, and an axis not moved stays exactly as it was.
 */
export function stepLatLng(
  map: L.Map,
  from: { lat: number; lng: number },
  dx: number,
  dy: number,
): { lat: number; lng: number } {
  const zoom = map.getZoom();
  const there = map.unproject(map.project([from.lat, from.lng], zoom).add([dx, dy]), zoom);
  return { lat: dy === 0 ? from.lat : there.lat, lng: dx === 0 ? from.lng : there.lng };
}
