export type Extent = { west: number; south: number; east: number; north: number };

export type ApiExtent = {
  southWest: { latitude: number; longitude: number };
  northEast: { latitude: number; longitude: number };
};

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
