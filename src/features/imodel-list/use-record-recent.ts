import { useQueryClient } from "@tanstack/react-query";
import { useEffect } from "react";
import { addIModelRecent, iModelRecentKeys } from "../../api/imodel-recents";

/**
 * Opening an iModel puts it first among the user's recents. Quietly: a failure changes nothing
 * on the page the user opened, it only leaves the recents as they were. Never cancelled: a visit
 * the user left at once (before a token renewal or a rate limit let the request go) still counts,
 * and sending it twice (React's development double effects) only moves it first again.
 */
export function useRecordRecent(iModelId: string): void {
  const queryClient = useQueryClient();
  useEffect(() => {
    addIModelRecent(iModelId).then(
      () => void queryClient.invalidateQueries({ queryKey: iModelRecentKeys.all }),
      () => {},
    );
  }, [iModelId, queryClient]);
}
