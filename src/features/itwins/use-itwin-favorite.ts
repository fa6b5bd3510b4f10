import { useMutation, useQuery, useQueryClient, type QueryClient } from "@tanstack/react-query";
import {
  addITwinFavorite,
  iTwinFavoriteKeys,
  removeITwinFavorite,
} from "../../api/itwin-favorites";
import { iTwinFavoriteQueries } from "../../api/itwin-favorites";
import type { ITwin } from "../../api/itwins";
import { toasts } from "../../ui/toasts";
import { rollbackMessage } from "../favorites/favorite-messages";
import { withFavorite } from "./itwin-favorite-list";

/** Sets one iTwin's star in every cached favorites list (with and without inactive iTwins). */
function setCachedFavorite(queryClient: QueryClient, iTwin: ITwin, favorite: boolean): void {
  queryClient.setQueriesData<ITwin[]>({ queryKey: iTwinFavoriteKeys.all }, (list) =>
    list ? withFavorite(list, iTwin, favorite) : list,
  );
}

export type ITwinFavoriteState = { pressed: boolean; ready: boolean; toggle: () => void };

/**
 * The star of one iTwin: it turns at once, and goes back with a message saying why when the
 * service refuses. Only this iTwin's star is put back, so a second star clicked meanwhile stays.
 */
export function useITwinFavorite(iTwin: ITwin, includeInactive = false): ITwinFavoriteState {
  const queryClient = useQueryClient();
  const favorites = useQuery(iTwinFavoriteQueries.mine(includeInactive));
  const mutation = useMutation({
    mutationFn: ({ favorite }: { favorite: boolean }) =>
      favorite ? addITwinFavorite(iTwin.id) : removeITwinFavorite(iTwin.id),
    onMutate: async ({ favorite }) => {
      // A read under way would bring the old star back when it lands.
      await queryClient.cancelQueries({ queryKey: iTwinFavoriteKeys.all });
      setCachedFavorite(queryClient, iTwin, favorite);
    },
    onError: (error, { favorite }) => {
      setCachedFavorite(queryClient, iTwin, !favorite);
      toasts.show({ tone: "error", message: rollbackMessage(iTwin.displayName, favorite, error) });
    },
    onSettled: () => queryClient.invalidateQueries({ queryKey: iTwinFavoriteKeys.all }),
  });
  const pressed = favorites.data?.some((item) => item.id === iTwin.id) ?? false;
  return {
    pressed,
    ready: favorites.isSuccess,
    toggle: () => mutation.mutate({ favorite: !pressed }),
  };
}
