import { useQuery } from "@tanstack/react-query";
import { iTwinQueries } from "../../api/itwins";

/** The iTwin's display name from the user's iTwins (usually cached already), once known. */
export function useITwinName(iTwinId: string | undefined): string | undefined {
  const iTwins = useQuery({ ...iTwinQueries.mine(), enabled: Boolean(iTwinId) });
  return iTwins.data?.find((iTwin) => iTwin.id === iTwinId)?.displayName;
}
