import type { ApiClient } from "./client";
import { RateLimitGate } from "./rate-limit-gate";

/** The one gate every request passes; the rate-limit countdown reads it. */
export const rateLimitGate = new RateLimitGate();

let client: ApiClient | undefined;

export function configureApi(next: ApiClient): void {
  client = next;
}

export function api(): ApiClient {
  if (!client) throw new Error("The API client is used before configureApi() ran.");
  return client;
}
