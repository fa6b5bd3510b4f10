import * as L from "leaflet";
import { finishGesture, type LatLng } from "./extent-gesture";
import {
  ARROWS,
  KEY_BIG_STEP_PX,
  KEY_STEP_PX,
  stepLatLng,
  type ExtentInteraction,
  type InteractionContext,
} from "./extent-interaction";
import {
  drawnExtent,
  idle,
  movingCorner,
  stepKeyDraw,
  type KeyDraw,
  type KeyDrawEvent,
} from "./key-draw";

/** Where the opposite corner starts, from the first: down and to the right, in pixels. */
const SECOND_CORNER_PX = 80;

/**
 * Drawing a new rectangle from the keyboard on the focused map (see key-draw.ts). While it
 * runs it takes the arrow keys, Enter and Escape from Leaflet, which would pan the map.
 */
export class KeyDrawInteraction implements ExtentInteraction {
  private draw: KeyDraw = idle;
  private marker: L.CircleMarker | null = null;

  constructor(private readonly ctx: InteractionContext) {}

  get busy(): boolean {
    return this.draw.phase !== "idle";
  }

  /** Starts at `at`, or at the map's centre. */
  start(at?: LatLng | null): void {
    if (this.ctx.state().disabled) return;
    const { map } = this.ctx;
    if (at) map.panTo(at, { animate: false });
    const center = map.getCenter();
    this.apply({ type: "start", at: at ?? { lat: center.lat, lng: center.lng } });
    map.getContainer().addEventListener("keydown", this.onKeyDown, true);
  }

  cancel(): void {
    if (!this.busy) return;
    this.draw = idle;
    this.stop();
    this.ctx.restore();
  }

  private stop(): void {
    this.ctx.map.getContainer().removeEventListener("keydown", this.onKeyDown, true);
    this.marker?.remove();
    this.marker = null;
  }

  private readonly onKeyDown = (e: KeyboardEvent) => {
    if (e.altKey || e.ctrlKey || e.metaKey) return;
    const arrow = ARROWS[e.key];
    const corner = movingCorner(this.draw);
    let event: KeyDrawEvent | null = null;
    if (arrow && corner) {
      const px = e.shiftKey ? KEY_BIG_STEP_PX : KEY_STEP_PX;
      event = { type: "move", to: stepLatLng(this.ctx.map, corner, arrow[0] * px, arrow[1] * px) };
    } else if (e.key === "Enter" && corner) {
      const d = SECOND_CORNER_PX;
      event = { type: "enter", second: stepLatLng(this.ctx.map, corner, d, d) };
    } else if (e.key === "Escape") {
      event = { type: "escape" };
    }
    if (!event) return;
    // Leaflet pans on arrows (its listener is on the document), the page would scroll.
    e.preventDefault();
    e.stopPropagation();
    this.apply(event);
  };

  private apply(event: KeyDrawEvent): void {
    const { ctx } = this;
    const { state, message, done } = stepKeyDraw(this.draw, event);
    this.draw = state;
    if (done) {
      this.stop();
      ctx.finish(finishGesture(null, done), done);
      ctx.drawEnd();
    } else if (state.phase === "idle") {
      this.stop();
      ctx.restore();
    } else if (state.phase === "corner") {
      ctx.view.draw(null, 0, false);
      const at = L.latLng(state.first.lat, state.first.lng);
      if (this.marker) this.marker.setLatLng(at);
      else
        this.marker = L.circleMarker(at, {
          className: "extent-draw-corner",
          radius: 6,
          interactive: false,
        }).addTo(ctx.map);
    } else {
      this.marker?.remove();
      this.marker = null;
      ctx.view.draw(drawnExtent(state.first, state.second), 0, false);
    }
    if (message) ctx.message(message);
  }
}
