import type { RateLimitGate } from "../../api/rate-limit-gate";
import type { ToastStore } from "../../ui/toasts";
import type { FavoriteStore } from "./favorite-store";
import { RATE_LIMITED_MESSAGE } from "./favorite-messages";

const TOAST_ID = "favorites-rate-limited";

/** One message, not one per star, while a star's request waits out a 429 at the shared gate. */
export function watchRateLimit(
  store: FavoriteStore,
  gate: RateLimitGate,
  toasts: ToastStore,
): () => void {
  let showing = false;
  const update = () => {
    const waiting = store.requestsInFlight() && gate.blockedUntil() > 0;
    if (waiting === showing) return;
    showing = waiting;
    if (waiting) toasts.show({ id: TOAST_ID, message: RATE_LIMITED_MESSAGE, persistent: true });
    else toasts.dismiss(TOAST_ID);
  };
  const offStore = store.subscribeAll(update);
  const offGate = gate.subscribe(update);
  return () => {
    offStore();
    offGate();
  };
}
