import type { Feature, FeatureCollection, Geometry, Position } from "geojson";

/**
 * Makes land drawn for a sphere drawable on a flat map. Natural Earth rings that cross the
 * antimeridian (Fiji, Chukotka, Wrangel Island) jump from 180° to -180° between two points,
 * which a flat map draws as a line across the whole world; a ring around a pole
 * (Antarctica) closes with such a jump. Each ring is made continuous instead (longitudes
 * past ±180° are fine for Leaflet), moved by whole turns so that most of it is on the main
 * world, and a ring around a pole is closed through that pole.
 */
export function unwrapRing(ring: readonly Position[]): Position[] {
  if (ring.length === 0) return [];
  let offset = 0;
  const out: Position[] = ring.map((position, i) => {
    if (i > 0) {
      const step = position[0]! - ring[i - 1]![0]!;
      if (step > 180) offset -= 360;
      else if (step < -180) offset += 360;
    }
    return offset === 0 ? position : [position[0]! + offset, ...position.slice(1)];
  });
  const first = out[0]!;
  const last = out.at(-1)!;
  const turns = Math.round((last[0]! - first[0]!) / 360);
  if (turns !== 0) {
    // Around a pole: go down (or up) to it, across, and back to the start.
    const meanLat = out.reduce((sum, p) => sum + p[1]!, 0) / out.length;
    const pole = meanLat < 0 ? -90 : 90;
    out.push([last[0]!, pole], [first[0]!, pole], first);
    return out;
  }
  const lngs = out.map((p) => p[0]!);
  const middle = (Math.min(...lngs) + Math.max(...lngs)) / 2;
  const shift = -Math.round(middle / 360) * 360;
  return shift === 0 ? out : out.map((p) => [p[0]! + shift, ...p.slice(1)]);
}

function unwrapGeometry(geometry: Geometry): Geometry {
  switch (geometry.type) {
    case "Polygon":
      return { ...geometry, coordinates: geometry.coordinates.map(unwrapRing) };
    case "MultiPolygon":
      return {
        ...geometry,
        coordinates: geometry.coordinates.map((polygon) => polygon.map(unwrapRing)),
      };
    case "GeometryCollection":
      return { ...geometry, geometries: geometry.geometries.map(unwrapGeometry) };
    default:
      return geometry;
  }
}

function unwrapFeature(f: Feature): Feature {
  return f.geometry ? { ...f, geometry: unwrapGeometry(f.geometry) } : f;
}

export function unwrapAntimeridian<T extends Feature | FeatureCollection>(land: T): T {
  if (land.type === "Feature") return unwrapFeature(land) as T;
  return { ...land, features: land.features.map(unwrapFeature) } as T;
}
