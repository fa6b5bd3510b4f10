import { useQuery } from "@tanstack/react-query";
import { iTwinQueries } from "../../api/itwins";

/** Where a new extent starts when the iModel has none: its iTwin's location. */
export type StartAt = { lat: number; lon: number; label: string };

/** A site's zoom: a few km across in the editor's map. */
export const START_AT_ZOOM = 13;

export function startAtOf(
  iTwin: { latitude: number | null; longitude: number | null; displayName: string } | undefined,
): StartAt | null {
  if (!iTwin || iTwin.latitude === null || iTwin.longitude === null) return null;
  if (Math.abs(iTwin.latitude) > 90 || Math.abs(iTwin.longitude) > 180) return null;
  return { lat: iTwin.latitude, lon: iTwin.longitude, label: iTwin.displayName };
}

/** The iTwin's location from the user's iTwins (the detail page asks for them anyway). */
export function useITwinStart(iTwinId: string | undefined): StartAt | null {
  const iTwins = useQuery({ ...iTwinQueries.mine(), enabled: iTwinId !== undefined });
  return startAtOf(iTwins.data?.find((t) => t.id === iTwinId));
}
