import { z } from "zod/mini";
import type { ApiExtentValue } from "../../api/imodels";

/** An extent as the app handles it: the shape of the form's value, its drafts and its checks. */
export const extentSchema = z.object({
  west: z.number(),
  south: z.number(),
  east: z.number(),
  north: z.number(),
});
export type Extent = z.infer<typeof extentSchema>;

/** An extent as the API sends and takes it (its schema is the API module's). */
export type ApiExtent = ApiExtentValue;

export type ExtentSide = keyof Extent;

export const extentSides: readonly ExtentSide[] = ["west", "south", "east", "north"];

export const sideLabels: Record<ExtentSide, string> = {
  west: "West longitude",
  south: "South latitude",
  east: "East longitude",
  north: "North latitude",
};

export function toApiExtent(e: Extent): ApiExtent {
  return {
    southWest: { latitude: e.south, longitude: e.west },
    northEast: { latitude: e.north, longitude: e.east },
  };
}

export function fromApiExtent(a: ApiExtent): Extent {
  return {
    west: a.southWest.longitude,
    south: a.southWest.latitude,
    east: a.northEast.longitude,
    north: a.northEast.latitude,
  };
}

export function sameExtent(a: Extent | null, b: Extent | null): boolean {
  if (a === b) return true;
  if (a === null || b === null) return false;
  return a.west === b.west && a.south === b.south && a.east === b.east && a.north === b.north;
}
