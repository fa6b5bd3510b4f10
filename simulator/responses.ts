import type { ContentfulStatusCode } from "hono/utils/http-status";
import { MESSAGES, errorBody, type ErrorDetail } from "./errors";
import type { ApiContext } from "./sim-state";

export function sendError(
  c: ApiContext,
  status: ContentfulStatusCode,
  code: string,
  message: string,
  details?: ErrorDetail[],
): Response {
  return c.json(errorBody(code, message, details), status);
}

export type RateLimitCode = "TooManyRequests" | "RateLimitExceeded";

export function sendTooMany(
  c: ApiContext,
  code: RateLimitCode,
  retryAfterSeconds: number,
): Response {
  c.header("Retry-After", String(retryAfterSeconds));
  const message =
    code === "RateLimitExceeded" ? MESSAGES.rateLimitExceeded : MESSAGES.tooManyRequests;
  return sendError(c, 429, code, message);
}

/** Takes one request from the caller's client budget; a 429 answer when it is spent. */
export function rateLimited(
  c: ApiContext,
  take: (clientId: string) => { allowed: boolean; retryAfterSeconds?: number },
  code: RateLimitCode,
): Response | undefined {
  const decision = take(c.get("caller").clientId);
  if (decision.allowed) return undefined;
  return sendTooMany(c, code, decision.retryAfterSeconds ?? 1);
}
