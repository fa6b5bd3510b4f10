import { isPageExitExpected } from "../../auth/page-exit";
import type { FavoriteStore, PendingFavorite } from "./favorite-store";

/**
 * While a star is unconfirmed, closing or reloading the tab asks first (as unsaved edits
 * do), and a page that goes anyway sends the stars as keepalive requests, which the browser
 * finishes after the page is gone. The next start sends them again from sessionStorage:
 * both writes are idempotent, so whichever lands second changes nothing.
 */
export function guardFavoritesOnPageExit(
  store: FavoriteStore,
  sendKeepalive: (intent: PendingFavorite) => Promise<void>,
): () => void {
  const onBeforeUnload = (event: BeforeUnloadEvent) => {
    if (store.unconfirmed().length === 0 || isPageExitExpected()) return;
    event.preventDefault();
    // Older browsers show the prompt only when returnValue is set.
    event.returnValue = "";
  };
  const onPageHide = () => {
    for (const intent of store.unconfirmed()) void sendKeepalive(intent).catch(() => {});
  };
  window.addEventListener("beforeunload", onBeforeUnload);
  window.addEventListener("pagehide", onPageHide);
  return () => {
    window.removeEventListener("beforeunload", onBeforeUnload);
    window.removeEventListener("pagehide", onPageHide);
  };
}
