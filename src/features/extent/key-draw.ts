import type { Extent } from "./extent";
import { formatCoordinate } from "./parse-coordinate";
import type { LatLng } from "./extent-gesture";

/**
 * Drawing a rectangle with the keyboard: a first corner placed with the arrow keys and
 * fixed with Enter, then the opposite corner the same way. Pure: the caller turns arrow
 * presses into points (they are screen pixels at the map's zoom) and draws the result.
 */
export type KeyDraw =
  | { phase: "idle" }
  | { phase: "corner"; first: LatLng }
  | { phase: "size"; first: LatLng; second: LatLng };

export type KeyDrawEvent =
  | { type: "start"; at: LatLng }
  /** The point an arrow press moves the current corner to. */
  | { type: "move"; to: LatLng }
  /** `second` is where the opposite corner starts when the first is fixed. */
  | { type: "enter"; second: LatLng }
  | { type: "escape" };

export type KeyDrawStep = {
  state: KeyDraw;
  /** What to announce after the step, if anything. */
  message: string | null;
  /** The rectangle to commit, on the final Enter. */
  done: Extent | null;
};

export const idle: KeyDraw = { phase: "idle" };

/** The corner the arrow keys move now. */
export function movingCorner(s: KeyDraw): LatLng | null {
  return s.phase === "corner" ? s.first : s.phase === "size" ? s.second : null;
}

export function drawnExtent(first: LatLng, second: LatLng): Extent {
  return {
    west: Math.min(first.lng, second.lng),
    south: Math.min(first.lat, second.lat),
    east: Math.max(first.lng, second.lng),
    north: Math.max(first.lat, second.lat),
  };
}

function point(p: LatLng): string {
  const lat = `${formatCoordinate(Math.abs(p.lat))}° ${p.lat < 0 ? "S" : "N"}`;
  const lng = `${formatCoordinate(Math.abs(p.lng))}° ${p.lng < 0 ? "W" : "E"}`;
  return `${lat}, ${lng}`;
}

export function describeDraft(e: Extent): string {
  const [w, s, east, n] = [e.west, e.south, e.east, e.north].map(formatCoordinate);
  return `West ${w}, South ${s}, East ${east}, North ${n}`;
}

const step = (state: KeyDraw, message: string | null, done: Extent | null = null) => ({
  state,
  message,
  done,
});

export function stepKeyDraw(s: KeyDraw, event: KeyDrawEvent): KeyDrawStep {
  switch (event.type) {
    case "start":
      return step(
        { phase: "corner", first: event.at },
        `Drawing a rectangle. First corner at ${point(event.at)}: arrow keys move it, Enter fixes it, Escape cancels.`,
      );
    case "escape":
      return s.phase === "idle"
        ? step(s, null)
        : step(idle, "Drawing cancelled: the extent is unchanged.");
    case "move":
      if (s.phase === "corner") {
        return step({ phase: "corner", first: event.to }, `First corner at ${point(event.to)}.`);
      }
      if (s.phase === "size") {
        const next = { ...s, second: event.to };
        return step(next, `Rectangle ${describeDraft(drawnExtent(next.first, next.second))}.`);
      }
      return step(s, null);
    case "enter":
      if (s.phase === "corner") {
        const next: KeyDraw = { phase: "size", first: s.first, second: event.second };
        return step(
          next,
          `First corner fixed. Arrow keys size the rectangle, Enter makes it the extent. Rectangle ${describeDraft(drawnExtent(next.first, next.second))}.`,
        );
      }
      if (s.phase === "size") {
        const done = drawnExtent(s.first, s.second);
        if (done.west === done.east || done.south === done.north) {
          return step(s, "The rectangle has no area: size it with the arrow keys first.");
        }
        return step(idle, null, done);
      }
      return step(s, null);
  }
}
