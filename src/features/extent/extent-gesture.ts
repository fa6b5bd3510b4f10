import type { Extent } from "./extent";
import {
  clampLatitude,
  fixExtent,
  normaliseExtentLongitudes,
  roundChangedCoordinates,
  roundCoordinate,
  validateExtent,
} from "./extent-rules";

/** The focusable, draggable parts of the rectangle on the map. */
export type HandleKind = "move" | "nw" | "n" | "ne" | "e" | "se" | "s" | "sw" | "w";
export type GestureKind = HandleKind | "draw";
export type LatLng = { lat: number; lng: number };
export type GestureResult = { ok: true; extent: Extent } | { ok: false; message: string };

/** In focus order: the whole rectangle first, then clockwise from the north-west corner. */
export const handleKinds: readonly HandleKind[] = [
  "move",
  "nw",
  "n",
  "ne",
  "e",
  "se",
  "s",
  "sw",
  "w",
];

export const handleLabels: Record<HandleKind, string> = {
  move: "Move extent",
  nw: "North-west corner",
  n: "North edge",
  ne: "North-east corner",
  e: "East edge",
  se: "South-east corner",
  s: "South edge",
  sw: "South-west corner",
  w: "West edge",
};

type Sides = { lat?: "south" | "north"; lng?: "west" | "east" };

const handleSides: Record<HandleKind, Sides> = {
  move: {},
  nw: { lat: "north", lng: "west" },
  n: { lat: "north" },
  ne: { lat: "north", lng: "east" },
  e: { lng: "east" },
  se: { lat: "south", lng: "east" },
  s: { lat: "south" },
  sw: { lat: "south", lng: "west" },
  w: { lng: "west" },
};

export function handlePosition(e: Extent, kind: HandleKind): LatLng {
  const { lat, lng } = handleSides[kind];
  return {
    lat: lat ? e[lat] : (e.south + e.north) / 2,
    lng: lng ? e[lng] : (e.west + e.east) / 2,
  };
}

function sorted(e: Extent): Extent {
  return {
    west: Math.min(e.west, e.east),
    south: Math.min(e.south, e.north),
    east: Math.max(e.west, e.east),
    north: Math.max(e.south, e.north),
  };
}

/** Moves the handle's sides by the deltas, without reordering them. */
function shifted(start: Extent, kind: HandleKind, dLat: number, dLng: number): Extent {
  if (kind === "move") {
    const lat = Math.min(90 - start.north, Math.max(-90 - start.south, dLat));
    return {
      west: start.west + dLng,
      south: start.south + lat,
      east: start.east + dLng,
      north: start.north + lat,
    };
  }
  const next = { ...start };
  const sides = handleSides[kind];
  if (sides.lat) next[sides.lat] = clampLatitude(start[sides.lat] + dLat);
  if (sides.lng) next[sides.lng] = start[sides.lng] + dLng;
  return next;
}

/**
 * The rectangle while a pointer drags `kind` from `from` to `to` (both in the map's
 * unwrapped coordinates). Dragging an edge past the opposite one flips the rectangle.
 */
export function dragExtent(
  start: Extent | null,
  kind: GestureKind,
  from: LatLng,
  to: LatLng,
): Extent {
  if (kind === "draw" || start === null) {
    return sorted({
      west: from.lng,
      south: clampLatitude(from.lat),
      east: to.lng,
      north: clampLatitude(to.lat),
    });
  }
  return sorted(shifted(start, kind, to.lat - from.lat, to.lng - from.lng));
}

/** One keyboard step; refuses to push an edge onto or past the opposite one. */
export function nudgeExtent(
  start: Extent,
  kind: HandleKind,
  dLat: number,
  dLng: number,
): GestureResult {
  const next = shifted(start, kind, dLat, dLng);
  if (next.south >= next.north) {
    return { ok: false, message: "The north edge must stay north of the south edge." };
  }
  if (next.west >= next.east) {
    return { ok: false, message: "The east edge must stay east of the west edge." };
  }
  return { ok: true, extent: next };
}

/**
 * What a finished gesture gives the form: coordinates the gesture moved rounded,
 * longitudes brought back from another world copy, and the rules checked.
 */
export function finishGesture(start: Extent | null, draft: Extent): GestureResult {
  const rounded = roundChangedCoordinates(start, draft);
  const normalised = normaliseExtentLongitudes(rounded);
  const extent =
    normalised === rounded
      ? rounded
      : {
          ...normalised,
          west: roundCoordinate(normalised.west),
          east: roundCoordinate(normalised.east),
        };
  if (extent.east > 180 || extent.west < -180) {
    return {
      ok: false,
      message:
        "The rectangle crosses the antimeridian (180° longitude), which an extent cannot do: keep it on one side.",
    };
  }
  const problem = validateExtent(extent);
  return problem === null ? { ok: true, extent } : { ok: false, message: problem };
}

/** Longitude offset (a multiple of 360°) of the world copy nearest the map's centre. */
export function nearestCopyOffset(e: Extent, centerLng: number): number {
  return Math.round((centerLng - (e.west + e.east) / 2) / 360) * 360 || 0;
}

export function shiftLongitudes(e: Extent, offset: number): Extent {
  return offset === 0 ? e : { ...e, west: e.west + offset, east: e.east + offset };
}

/**
 * The rectangle to show and edit for a value: a stored extent that breaks the rules is
 * shown repaired (the editor warns about it); one with a non-number is not shown.
 */
export function shownExtent(value: Extent | null): Extent | null {
  if (value === null || !Object.values(value).every(Number.isFinite)) return null;
  return fixExtent(value);
}
