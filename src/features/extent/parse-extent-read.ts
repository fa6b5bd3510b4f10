// What the pasted-extent readers share: their result type, the formats' summary and bounds.
import type { Extent } from "./extent";

/** An Extent, or the message saying what could not be read. */
export type Read = Extent | string;
export type Position = [number, number];

export const FORMATS =
  "Paste four numbers (West, South, East, North), GeoJSON, WKT POLYGON or ENVELOPE, or the API's extent JSON.";

/** The smallest extent holding every position. */
export function boundsOf(positions: Position[], what: string): Read {
  if (positions.length === 0) return `${what} has no coordinates.`;
  const xs = positions.map((p) => p[0]);
  const ys = positions.map((p) => p[1]);
  return {
    west: Math.min(...xs),
    south: Math.min(...ys),
    east: Math.max(...xs),
    north: Math.max(...ys),
  };
}
