import { extentSides, sideLabels, type Extent, type ExtentSide } from "./extent";

export type ExtentProblem = { message: string; sides: ExtentSide[] };

const DECIMALS = 7;

export function roundCoordinate(value: number): number {
  if (!Number.isFinite(value)) return value;
  const rounded = Number(value.toFixed(DECIMALS));
  return rounded === 0 ? 0 : rounded; // no -0
}

/** Wraps a longitude into [-180, 180); values already in [-180, 180] are kept as they are. */
export function normaliseLongitude(lon: number): number {
  if (!Number.isFinite(lon) || (lon >= -180 && lon <= 180)) return lon;
  return ((((lon + 180) % 360) + 360) % 360) - 180;
}

export function clampLatitude(lat: number): number {
  return Math.min(90, Math.max(-90, lat));
}

/**
 * Shifts both longitudes by the same multiple of 360° so the rectangle lies on the
 * main world copy (a rectangle drawn on a copy keeps its shape). The result may still
 * have east > 180 when the rectangle crosses the antimeridian; validateExtent says so.
 */
export function normaliseExtentLongitudes(e: Extent): Extent {
  const inRange = (lon: number) => lon >= -180 && lon <= 180;
  if (inRange(e.west) && inRange(e.east)) return e;
  let shift = normaliseLongitude(e.west) - e.west;
  if (e.west + shift === 180 && e.east + shift > 180) shift -= 360;
  if (shift === 0) return e;
  return { ...e, west: e.west + shift, east: e.east + shift };
}

/** Rounds the coordinates that differ from `before` (all of them when there was none). */
export function roundChangedCoordinates(before: Extent | null, after: Extent): Extent {
  const result = { ...after };
  for (const side of extentSides) {
    if (before === null || before[side] !== after[side])
      result[side] = roundCoordinate(after[side]);
  }
  return result;
}

export function findExtentProblem(e: Extent): ExtentProblem | null {
  for (const side of extentSides) {
    if (!Number.isFinite(e[side])) {
      return { message: `${sideLabels[side]} is not a finite number.`, sides: [side] };
    }
  }
  for (const side of ["south", "north"] as const) {
    if (e[side] < -90 || e[side] > 90) {
      return {
        message: `${sideLabels[side]} must be between -90 and 90 (it is ${e[side]}).`,
        sides: [side],
      };
    }
  }
  for (const side of ["west", "east"] as const) {
    if (e[side] < -180 || e[side] > 180) {
      return {
        message: `${sideLabels[side]} must be between -180 and 180 (it is ${e[side]}).`,
        sides: [side],
      };
    }
  }
  if (e.south === e.north) {
    return {
      message: "The extent has no area: South and North latitudes are equal.",
      sides: ["south", "north"],
    };
  }
  if (e.west === e.east) {
    return {
      message: "The extent has no area: West and East longitudes are equal.",
      sides: ["west", "east"],
    };
  }
  if (e.south > e.north) {
    return {
      message: `South latitude (${e.south}) must be less than North latitude (${e.north}).`,
      sides: ["south", "north"],
    };
  }
  if (e.west > e.east) {
    return {
      message:
        `West longitude (${e.west}) must be less than East longitude (${e.east}). ` +
        "An extent cannot cross the antimeridian (180° longitude): keep it on one side.",
      sides: ["west", "east"],
    };
  }
  return null;
}

/** The message for the form, or null when the extent may be sent. */
export function validateExtent(e: Extent): string | null {
  return findExtentProblem(e)?.message ?? null;
}

/** What is wrong with an extent as stored by the service (which stores whatever it is sent). */
export function problemsOfStoredExtent(e: Extent): string[] {
  const problems: string[] = [];
  for (const side of extentSides) {
    if (!Number.isFinite(e[side])) problems.push(`${sideLabels[side]} is not a number.`);
  }
  for (const side of ["south", "north"] as const) {
    if (Math.abs(e[side]) > 90) {
      problems.push(`${sideLabels[side]} ${e[side]} is outside -90 to 90.`);
    }
  }
  for (const side of ["west", "east"] as const) {
    if (Math.abs(e[side]) > 180) {
      problems.push(`${sideLabels[side]} ${e[side]} is outside -180 to 180.`);
    }
  }
  if (e.south > e.north) {
    problems.push("South latitude is north of North latitude: the corners are swapped.");
  }
  if (e.west > e.east) {
    problems.push(
      "West longitude is east of East longitude: the corners are swapped, or the extent crosses the antimeridian, which is not supported.",
    );
  }
  if (e.south === e.north || e.west === e.east) problems.push("The extent has no area.");
  return problems;
}

/**
 * Best repair of a stored extent: longitudes normalised, latitudes clamped, swapped
 * corners swapped back, an antimeridian crossing widened to all longitudes. Only changed coordinates are rounded. The result can still be
 * invalid (no area, not a number): check it with validateExtent.
 */
export function fixExtent(e: Extent): Extent {
  const west = normaliseLongitude(e.west);
  const east = normaliseLongitude(e.east);
  const south = clampLatitude(e.south);
  const north = clampLatitude(e.north);
  // West east of East is either swapped corners or a crossing of the antimeridian; the
  // narrower reading wins. A crossing cannot be stored, so it widens to every longitude,
  // which still encloses the iModel.
  const crossesAntimeridian = west > east && 360 - (west - east) < west - east;
  const fixed = {
    west: crossesAntimeridian ? -180 : Math.min(west, east),
    east: crossesAntimeridian ? 180 : Math.max(west, east),
    south: Math.min(south, north),
    north: Math.max(south, north),
  };
  // Math.min/max turn a NaN side into NaN on both: keep what we cannot repair as it was.
  for (const side of extentSides) if (Number.isNaN(fixed[side])) fixed[side] = e[side];
  return roundChangedCoordinates(e, fixed);
}
