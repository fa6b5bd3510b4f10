import { useQuery } from "@tanstack/react-query";
import { useContext } from "react";
import { geocoderQueries } from "../../api/geocoder";
import { iTwinQueries } from "../../api/itwins";
import { ConfigContext } from "../../config-context";

/** Where a new extent starts when the iModel has none: its iTwin's location. */
export type StartAt = { lat: number; lon: number; label: string };

/** A site's zoom: a few km across in the editor's map. */
export const START_AT_ZOOM = 13;

type ITwinPlace = {
  latitude: number | null;
  longitude: number | null;
  geographicLocation?: string | null;
  displayName: string;
};

export function startAtOf(iTwin: ITwinPlace | undefined): StartAt | null {
  if (!iTwin || iTwin.latitude === null || iTwin.longitude === null) return null;
  if (Math.abs(iTwin.latitude) > 90 || Math.abs(iTwin.longitude) > 180) return null;
  return { lat: iTwin.latitude, lon: iTwin.longitude, label: iTwin.displayName };
}

/**
 * What to ask the geocoder for an iTwin known by its place name only: the name's first part
 * ("Piraeus" of "Piraeus, Greece"), which any Nominatim-like search finds by itself.
 */
export function placeSearchOf(iTwin: ITwinPlace | undefined): string | null {
  if (!iTwin || startAtOf(iTwin)) return null;
  const first = iTwin.geographicLocation?.split(",")[0]?.trim();
  return first ? first : null;
}

/**
 * The iTwin's location from the user's iTwins (the detail page asks for them anyway), or, for an
 * iTwin with a place name and no coordinates, the geocoder's first answer where one is configured.
 */
export function useITwinStart(iTwinId: string | undefined): StartAt | null {
  const geocoderUrl = useContext(ConfigContext)?.geocoderUrl ?? "";
  const iTwins = useQuery({ ...iTwinQueries.mine(), enabled: iTwinId !== undefined });
  const iTwin = iTwins.data?.find((t) => t.id === iTwinId);
  const search = geocoderUrl ? placeSearchOf(iTwin) : null;
  const places = useQuery({
    ...geocoderQueries.search(geocoderUrl, search ?? ""),
    enabled: search !== null,
  });
  const fromName = search !== null ? places.data?.[0] : undefined;
  if (fromName && iTwin) return { lat: fromName.lat, lon: fromName.lon, label: iTwin.displayName };
  return startAtOf(iTwin);
}
