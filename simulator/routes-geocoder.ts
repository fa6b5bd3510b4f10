import type { Hono } from "hono";
import { placesWithin, searchPlaces, type Place } from "./gazetteer";
import { sendError } from "./responses";
import type { ApiContext, ApiEnv } from "./sim-state";

/** Where the stand-in serves its geocoder, on the API origin: config.json's `geocoderUrl`. */
export const GEOCODER_PREFIX = "/geocoder";
export const MAX_LIMIT = 50;
const DEFAULT_LIMIT = 10;

/** Nominatim's jsonv2 shape: numbers as strings with 7 decimals, boundingbox [s, n, w, e]. */
function toNominatim(place: Place, index: number) {
  const fixed = (n: number) => n.toFixed(7);
  return {
    place_id: index + 1,
    display_name: place.displayName,
    name: place.name,
    lat: fixed(place.lat),
    lon: fixed(place.lon),
    boundingbox: place.box.map(fixed),
    category: "place",
    type: place.population >= 100_000 ? "city" : place.population >= 10_000 ? "town" : "village",
    importance: Math.min(1, Math.log10(place.population) / 7),
    licence: "Data © GeoNames, CC BY 4.0",
  };
}

function limitOf(c: ApiContext): number | Response {
  const raw = c.req.query("limit");
  if (raw === undefined || raw === "") return DEFAULT_LIMIT;
  const limit = Number(raw);
  if (!Number.isInteger(limit) || limit < 1)
    return sendError(c, 400, "InvalidRequest", "Parameter 'limit' must be a positive integer.");
  return Math.min(limit, MAX_LIMIT);
}

function formatProblem(c: ApiContext): Response | undefined {
  const format = c.req.query("format");
  if (format === undefined || format === "json" || format === "jsonv2") return undefined;
  return sendError(c, 400, "InvalidRequest", "Parameter 'format' must be 'json' or 'jsonv2'.");
}

/** viewbox=west,south,east,north (Nominatim writes x1,y1,x2,y2; either corner order). */
function viewboxOf(c: ApiContext) {
  const parts = (c.req.query("viewbox") ?? "").split(",").map(Number);
  if (parts.length !== 4 || parts.some((n) => !Number.isFinite(n))) return undefined;
  const [x1, y1, x2, y2] = parts as [number, number, number, number];
  return { west: x1, east: x2, south: Math.min(y1, y2), north: Math.max(y1, y2) };
}

/**
 * A Nominatim-compatible search (GET /geocoder/search) and, the stand-in's own, the most
 * populous places in a box (GET /geocoder/nearby), for the offline map's labels. Open like
 * Nominatim (no token, no rate limit of the platform); planned faults still apply.
 */
export function registerGeocoderRoutes(app: Hono<ApiEnv>): void {
  app.get(`${GEOCODER_PREFIX}/search`, (c) => {
    const q = (c.req.query("q") ?? "").trim();
    if (q === "")
      return sendError(c, 400, "InvalidRequest", "Parameter 'q' is required: a place name.");
    const problem = formatProblem(c);
    if (problem) return problem;
    const limit = limitOf(c);
    if (limit instanceof Response) return limit;
    return c.json(searchPlaces(q, limit).map(toNominatim));
  });
  app.get(`${GEOCODER_PREFIX}/nearby`, (c) => {
    const box = viewboxOf(c);
    if (!box)
      return sendError(
        c,
        400,
        "InvalidRequest",
        "Parameter 'viewbox' is required: west,south,east,north in degrees.",
      );
    const limit = limitOf(c);
    if (limit instanceof Response) return limit;
    return c.json(placesWithin(box, limit).map(toNominatim));
  });
}
