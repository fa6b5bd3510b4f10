import type { Place } from "../../api/geocoder";
import type { Extent } from "./extent";

/** Around a place given as a point only: about 4 km across, a site's size. */
export const POINT_HALF_SIZE_DEGREES = 0.02;

const round = (n: number) => Math.round(n * 1e7) / 1e7;
const clamp = (n: number, limit: number) => Math.max(-limit, Math.min(limit, n));

/** The extent a chosen place becomes: its own box, or a small box around its point. */
export function placeExtent(place: Place): Extent {
  const box = place.box ?? {
    west: place.lon - POINT_HALF_SIZE_DEGREES,
    south: place.lat - POINT_HALF_SIZE_DEGREES,
    east: place.lon + POINT_HALF_SIZE_DEGREES,
    north: place.lat + POINT_HALF_SIZE_DEGREES,
  };
  return {
    west: round(clamp(box.west, 180)),
    south: round(clamp(box.south, 90)),
    east: round(clamp(box.east, 180)),
    north: round(clamp(box.north, 90)),
  };
}
