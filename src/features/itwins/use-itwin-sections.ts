import { keepPreviousData, useQuery } from "@tanstack/react-query";
import { useMemo } from "react";
import { iTwinFavoriteQueries } from "../../api/itwin-favorites";
import { iTwinRecentQueries } from "../../api/itwin-recents";
import { iTwinQueries } from "../../api/itwins";
import { buildITwinSections } from "./itwin-sections";

const ids = (list: readonly { id: string }[] | undefined) => list?.map((item) => item.id) ?? [];

/**
 * The user's iTwins in sections. The favorites and recents are a convenience: while they load,
 * or when they fail, the iTwins still show, in one section.
 */
export function useITwinSections(options: {
  includeInactive: boolean;
  mode: "distinct" | "complete";
  recentLimit?: number;
}) {
  const { includeInactive, mode, recentLimit } = options;
  // Showing or hiding the inactive ones keeps the shown lists until the new ones arrive.
  const placeholderData = keepPreviousData;
  const all = useQuery({ ...iTwinQueries.mine(includeInactive), placeholderData });
  const favorites = useQuery({ ...iTwinFavoriteQueries.mine(includeInactive), placeholderData });
  const recents = useQuery({ ...iTwinRecentQueries.mine(includeInactive), placeholderData });
  const sections = useMemo(
    () =>
      all.data
        ? buildITwinSections({
            all: all.data,
            favoriteIds: ids(favorites.data),
            recentIds: ids(recents.data),
            recentLimit,
            mode,
          })
        : undefined,
    [all.data, favorites.data, recents.data, recentLimit, mode],
  );
  return { all, sections };
}
