import { SEED } from "./seed-ids";

export interface ITwinLocation {
  latitude: number | null;
  longitude: number | null;
  geographicLocation: string | null;
}

const I = SEED.itwins;

/**
 * Where the seed iTwins are: each where its iModels are; Aegean Port by its place name only,
 * Greenfield Survey has no location at all.
 */
const LOCATIONS: Partial<Record<string, ITwinLocation>> = {
  [I.sunCity]: {
    latitude: 46.22,
    longitude: 7.75,
    geographicLocation: "Raron, Valais, Switzerland",
  },
  [I.harborBridge]: {
    latitude: 55.69,
    longitude: 12.59,
    geographicLocation: "Copenhagen, Denmark",
  },
  [I.metroLine4]: {
    latitude: 51.51,
    longitude: -0.11,
    geographicLocation: "London, United Kingdom",
  },
  [I.kansaiDepot]: { latitude: 34.69, longitude: 135.5, geographicLocation: "Osaka, Japan" },
  // Known by its place name only: the app finds it through the geocoder.
  [I.aegeanPort]: { latitude: null, longitude: null, geographicLocation: "Piraeus, Greece" },
  [I.largeCampus]: {
    latitude: -33.87,
    longitude: 151.2,
    geographicLocation: "Sydney, New South Wales, Australia",
  },
  [I.oldMillInactive]: {
    latitude: 53.48,
    longitude: -2.24,
    geographicLocation: "Manchester, United Kingdom",
  },
};

const NOWHERE: ITwinLocation = { latitude: null, longitude: null, geographicLocation: null };

export function iTwinLocation(iTwinId: string): ITwinLocation {
  return LOCATIONS[iTwinId] ?? NOWHERE;
}
