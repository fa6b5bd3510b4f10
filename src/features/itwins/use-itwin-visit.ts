import { useQueryClient } from "@tanstack/react-query";
import { useEffect } from "react";
import { addITwinRecent, iTwinRecentKeys } from "../../api/itwin-recents";
import { lastITwin } from "./last-itwin";

/**
 * Opening an iTwin's list makes it the last one and puts it first among the recents. A failed
 * POST is not worth a word to the user: the list they came for is what matters.
 */
export function useITwinVisit(iTwinId: string): void {
  const queryClient = useQueryClient();
  useEffect(() => {
    lastITwin.set(iTwinId);
    // Never cancelled: an iTwin left at once was still visited (as useRecordRecent says).
    addITwinRecent(iTwinId).then(
      () => queryClient.invalidateQueries({ queryKey: iTwinRecentKeys.all }),
      () => undefined,
    );
  }, [iTwinId, queryClient]);
}
