import { queryOptions } from "@tanstack/react-query";
import { z } from "zod/mini";
import { isApiError } from "./api-error";
import { api } from "./api-instance";

/** A place from a Nominatim-compatible geocoder, its numbers read from Nominatim's strings. */
export type Place = {
  id: string;
  displayName: string;
  lat: number;
  lon: number;
  /** The place's own box, when the geocoder gives a usable one. */
  box: { west: number; south: number; east: number; north: number } | null;
};

const coordinate = z.union([z.string(), z.number()]);
const hitSchema = z.object({
  place_id: z.optional(z.union([z.string(), z.number()])),
  display_name: z.string(),
  lat: coordinate,
  lon: coordinate,
  boundingbox: z.optional(z.array(coordinate)),
});
const hitsSchema = z.array(hitSchema);

function toPlace(hit: z.infer<typeof hitSchema>, index: number): Place | null {
  const lat = Number(hit.lat);
  const lon = Number(hit.lon);
  if (!Number.isFinite(lat) || !Number.isFinite(lon)) return null;
  const [south, north, west, east] = (hit.boundingbox ?? []).map(Number);
  const usable =
    [south, north, west, east].every((n) => Number.isFinite(n)) && south! < north! && west! < east!;
  return {
    id: `${hit.place_id ?? index}:${hit.display_name}`,
    displayName: hit.display_name,
    lat,
    lon,
    box: usable ? { west: west!, south: south!, east: east!, north: north! } : null,
  };
}

export function readPlaces(hits: z.infer<typeof hitsSchema>): Place[] {
  return hits.map(toPlace).filter((p): p is Place => p !== null);
}

const base = (url: string) => url.replace(/\/$/, "");

/** The geocoder's own words would name the iTwin Platform: these name the place search. */
export function describeGeocoderError(error: unknown): string {
  if (!isApiError(error)) return "The place search failed. Try again.";
  if (error.status === 429) {
    const seconds = error.retryAfterMs ? Math.ceil(error.retryAfterMs / 1000) : null;
    return seconds
      ? `The place search is busy: try again in ${seconds} s.`
      : "The place search is busy: try again in a moment.";
  }
  if (error.code === "NetworkError") return "The place search could not be reached.";
  if (error.code === "Timeout") return "The place search did not answer in time. Try again.";
  if (error.code === "InvalidResponse")
    return "The place search sent an answer this app cannot read.";
  if (error.status >= 500)
    return `The place search had a problem (HTTP ${error.status}). Try again.`;
  return `The place search refused the request (HTTP ${error.status}).`;
}

export const geocoderKeys = { all: ["geocoder"] as const };

export const geocoderQueries = {
  /** Nominatim's search: `GET {url}/search?q=&format=jsonv2&limit=8`, without a token. */
  search: (geocoderUrl: string, text: string) =>
    queryOptions({
      queryKey: [...geocoderKeys.all, "search", geocoderUrl, text] as const,
      queryFn: async ({ signal }) =>
        readPlaces(
          await api()({
            path: `${base(geocoderUrl)}/search`,
            query: { q: text, format: "jsonv2", limit: 8 },
            accept: "application/json",
            anonymous: true,
            schema: hitsSchema,
            signal,
          }),
        ),
      staleTime: 60 * 60_000,
      retry: false,
    }),
};

/** The most populous places in a box: the stand-in's own `nearby` (a plain Nominatim has none). */
export async function fetchNearbyPlaces(
  geocoderUrl: string,
  box: NonNullable<Place["box"]>,
  limit: number,
  signal?: AbortSignal,
): Promise<Place[]> {
  return readPlaces(
    await api()({
      path: `${base(geocoderUrl)}/nearby`,
      query: { viewbox: [box.west, box.south, box.east, box.north].join(","), limit },
      accept: "application/json",
      anonymous: true,
      schema: hitsSchema,
      signal,
    }),
  );
}
