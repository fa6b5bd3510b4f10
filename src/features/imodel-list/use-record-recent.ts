import { useQueryClient } from "@tanstack/react-query";
import { useEffect, useRef } from "react";
import { addIModelRecent, iModelRecentKeys } from "../../api/imodel-recents";

/**
 * Opening an iModel puts it first among the user's recents. Quietly: a failure changes nothing
 * on the page the user opened, it only leaves the recents as they were. Sent once `when` is
 * true, or as the page is left, whichever comes first: a visit the user left at once still
 * counts. Never cancelled, and sending it twice (React's development double effects) only moves
 * it first again.
 */
export function useRecordRecent(iModelId: string, when = true): void {
  const queryClient = useQueryClient();
  const sentFor = useRef<string | undefined>(undefined);
  useEffect(() => {
    const send = () => {
      if (sentFor.current === iModelId) return;
      sentFor.current = iModelId;
      addIModelRecent(iModelId).then(
        () => void queryClient.invalidateQueries({ queryKey: iModelRecentKeys.all }),
        () => {},
      );
    };
    if (when) send();
    return send;
  }, [iModelId, queryClient, when]);
}
