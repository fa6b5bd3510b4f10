import { boundsOf, FORMATS, type Position, type Read } from "./parse-extent-read";

/** Reads pasted JSON: GeoJSON, a bbox array or the API's extent. */
export function readJsonText(text: string): Read {
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch {
    return "This looks like JSON but is not valid JSON (is part of it missing?).";
  }
  return readJson(data);
}

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}

function readJson(data: unknown): Read {
  if (Array.isArray(data)) {
    return data.some(Array.isArray) ? readPositionsOf(data, "The array") : readBbox(data);
  }
  if (!isObject(data)) return `Expected a JSON object or array. ${FORMATS}`;
  if ("iModel" in data) {
    if (!isObject(data.iModel)) return "The iModel in this JSON is not an object.";
    return readJson(data.iModel);
  }
  if ("southWest" in data || "northEast" in data) return readApiExtent(data);
  if (Array.isArray(data.bbox)) return readBbox(data.bbox);
  if ("extent" in data && !("type" in data)) {
    if (data.extent === null) return "The extent in this JSON is null: there is no extent.";
    return readJson(data.extent);
  }
  return readGeoJson(data);
}

function readBbox(bbox: unknown[]): Read {
  if (!bbox.every((v) => typeof v === "number")) {
    return "The bbox must be an array of numbers [West, South, East, North].";
  }
  const n = bbox as number[];
  // RFC 7946 allows a 3D bbox: [west, south, minAltitude, east, north, maxAltitude].
  if (n.length === 6) return { west: n[0]!, south: n[1]!, east: n[3]!, north: n[4]! };
  if (n.length !== 4) {
    return `Expected 4 numbers (West, South, East, North) in the bbox, found ${n.length}.`;
  }
  return { west: n[0]!, south: n[1]!, east: n[2]!, north: n[3]! };
}

function readApiExtent(data: Record<string, unknown>): Read {
  const corner = (name: "southWest" | "northEast"): Position | string => {
    const c = data[name];
    if (!isObject(c)) return `The extent's "${name}" corner is missing.`;
    const { latitude, longitude } = c;
    if (typeof latitude !== "number") return `The extent's ${name}.latitude is not a number.`;
    if (typeof longitude !== "number") return `The extent's ${name}.longitude is not a number.`;
    return [longitude, latitude];
  };
  const sw = corner("southWest");
  if (typeof sw === "string") return sw;
  const ne = corner("northEast");
  if (typeof ne === "string") return ne;
  return { west: sw[0], south: sw[1], east: ne[0], north: ne[1] };
}

const GEOMETRY_TYPES = [
  "Point",
  "MultiPoint",
  "LineString",
  "MultiLineString",
  "Polygon",
  "MultiPolygon",
];

function readGeoJson(data: Record<string, unknown>): Read {
  const positions: Position[] = [];
  const problem = collectGeoJson(data, positions);
  if (problem !== null) return problem;
  return boundsOf(positions, `The GeoJSON ${String(data.type)}`);
}

/** Adds the positions of a GeoJSON object to `out`; returns a message when it cannot. */
function collectGeoJson(data: Record<string, unknown>, out: Position[]): string | null {
  const type = data.type;
  if (typeof type !== "string") {
    return `This JSON is not GeoJSON (no "type"), a bbox or the API's extent. ${FORMATS}`;
  }
  if (type === "Feature") {
    if (data.geometry === null || data.geometry === undefined) {
      return "The GeoJSON Feature has no geometry and no bbox.";
    }
    if (!isObject(data.geometry)) return "The GeoJSON Feature's geometry is not an object.";
    return collectGeoJson(data.geometry, out);
  }
  if (type === "FeatureCollection" || type === "GeometryCollection") {
    const key = type === "FeatureCollection" ? "features" : "geometries";
    const members = data[key];
    if (!Array.isArray(members)) return `The GeoJSON ${type} has no "${key}" array.`;
    for (const member of members) {
      if (!isObject(member)) return `The GeoJSON ${type} has a member that is not an object.`;
      if (member.type === "Feature" && member.geometry === null) continue;
      const problem = collectGeoJson(member, out);
      if (problem !== null) return problem;
    }
    return null;
  }
  if (!GEOMETRY_TYPES.includes(type)) return `"${type}" is not a GeoJSON type.`;
  return collectPositions(data.coordinates, out, `The GeoJSON ${type}`);
}

function collectPositions(coords: unknown, out: Position[], what: string): string | null {
  if (!Array.isArray(coords)) return `${what} has no coordinates array.`;
  if (coords.length >= 2 && typeof coords[0] === "number") {
    const [x, y] = coords as unknown[];
    if (typeof x !== "number" || typeof y !== "number") {
      return `${what} has a position that is not numbers.`;
    }
    out.push([x, y]);
    return null;
  }
  for (const inner of coords) {
    const problem = collectPositions(inner, out, what);
    if (problem !== null) return problem;
  }
  return null;
}

function readPositionsOf(data: unknown[], what: string): Read {
  const positions: Position[] = [];
  const problem = collectPositions(data, positions, what);
  return problem ?? boundsOf(positions, what);
}
