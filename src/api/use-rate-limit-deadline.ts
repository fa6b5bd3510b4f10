import { useSyncExternalStore } from "react";
import { rateLimitGate } from "./api-instance";

/** The moment (epoch ms) until which the iTwin Platform asked us to wait; 0 or past when not. */
export function useRateLimitDeadline(): number {
  return useSyncExternalStore(rateLimitGate.subscribe, rateLimitGate.deadline);
}
