import type { QueryClient } from "@tanstack/react-query";
import { storeSavedIModel } from "../../api/imodels";
import { storeConfirmedFavorite } from "../favorites/favorite-cache";
import { favoriteStoreFor } from "../favorites/use-favorites";
import { onOtherTabMessage, type TabMessage } from "./tab-channel";

/**
 * Takes in what the user's other tabs confirmed. A save lands in the caches like one of
 * this tab's: the edit form takes it into untouched fields, and a changed field is asked
 * about when saving (the re-read shows it as someone else's change). A star this tab is
 * changing itself is left to its own request.
 */
export function handleTabMessage(
  queryClient: QueryClient,
  message: TabMessage,
  onSignedOut: () => void,
): void {
  switch (message.type) {
    case "favorite":
      if (favoriteStoreFor(queryClient).wanted(message.iModel.id) !== undefined) return;
      storeConfirmedFavorite(queryClient, message.iModel, message.favorite);
      return;
    case "saved":
      storeSavedIModel(queryClient, message.iModel);
      return;
    case "signedOut":
      onSignedOut();
      return;
  }
}

export function startTabSync(queryClient: QueryClient, onSignedOut: () => void): () => void {
  return onOtherTabMessage((message) => handleTabMessage(queryClient, message, onSignedOut));
}
