import { onlineManager } from "@tanstack/react-query";
import { useEffect, useSyncExternalStore } from "react";
import { sessionStatus } from "../../auth/session-status";
import type { SaveErrorView } from "./map-save-error";

const subscribeOnline = (onChange: () => void) => onlineManager.subscribe(onChange);
const isOnline = () => onlineManager.isOnline();

/**
 * Sends a failed save again once what stopped it is over: the connection, or the sign-in.
 * Returns whether it waits for the network, for the bar to say so.
 */
export function useSaveRetry(failure: SaveErrorView | null, retry: () => void): boolean {
  // Subscribed, so a failure that came before the browser's `offline` event still arms this.
  const online = useSyncExternalStore(subscribeOnline, isOnline);
  const waitingForNetwork = failure?.canRetry === true && !online;
  useEffect(() => {
    if (!waitingForNetwork) return;
    return onlineManager.subscribe((nowOnline) => {
      if (nowOnline) retry();
    });
  }, [retry, waitingForNetwork]);

  // Signed in again in a popup; after a redirect the page starts afresh, with the draft restored.
  const waitingForSignIn = failure?.resumesAfterSignIn === true;
  useEffect(() => {
    if (!waitingForSignIn) return;
    return sessionStatus.subscribe(() => {
      if (!sessionStatus.isSignInRequired()) retry();
    });
  }, [retry, waitingForSignIn]);

  return waitingForNetwork;
}
