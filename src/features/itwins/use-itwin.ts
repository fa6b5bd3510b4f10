import { useQuery } from "@tanstack/react-query";
import { iTwinQueries, type ITwin } from "../../api/itwins";

/**
 * The iTwin from the user's iTwins (usually cached already), once known. An inactive iTwin is
 * not in the default list: the list with inactive ones is asked only then.
 */
export function useITwin(iTwinId: string | undefined): ITwin | undefined {
  const active = useQuery({ ...iTwinQueries.mine(), enabled: Boolean(iTwinId) });
  const found = active.data?.find((iTwin) => iTwin.id === iTwinId);
  const withInactive = useQuery({
    ...iTwinQueries.mine(true),
    enabled: Boolean(iTwinId) && active.isSuccess && found === undefined,
  });
  return found ?? withInactive.data?.find((iTwin) => iTwin.id === iTwinId);
}
