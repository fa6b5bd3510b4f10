import { useQueryClient } from "@tanstack/react-query";
import { useEffect } from "react";
import { addIModelRecent, iModelRecentKeys } from "../../api/imodel-recents";

/**
 * Opening an iModel puts it first among the user's recents. Quietly: a failure changes nothing
 * on the page the user opened, it only leaves the recents as they were.
 */
export function useRecordRecent(iModelId: string): void {
  const queryClient = useQueryClient();
  useEffect(() => {
    const controller = new AbortController();
    addIModelRecent(iModelId, controller.signal).then(
      () => void queryClient.invalidateQueries({ queryKey: iModelRecentKeys.all }),
      () => {},
    );
    return () => controller.abort();
  }, [iModelId, queryClient]);
}
