import type { HttpBindings } from "@hono/node-server";
import type { Context } from "hono";
import type { Caller, Verifier } from "./auth";
import type { Faults } from "./faults";
import type { RateLimiter, RateLimits } from "./rate-limiter";
import type { LoggedRequest, RequestLog } from "./request-log";
import type { Store } from "./store";

/** What the identity provider lets the control API do. */
export interface IdentityControl {
  /** Ends the user's provider sessions, grants and refresh tokens; returns how many records went. */
  revokeUser(user: string): Promise<number>;
  setAccessTokenTtl(seconds: number): void;
  accessTokenTtl(): number;
  /** A token signed like the provider's (POST /__sim/token). */
  issueToken(user: string, expiresIn: number): Promise<string>;
}

/** Everything the API app reads and changes. */
export interface SimState {
  store: Store;
  faults: Faults;
  log: RequestLog;
  limiter: RateLimiter;
  defaultLimits: RateLimits;
  verify: Verifier;
  identity: IdentityControl;
  appOrigins: readonly string[];
  /**
   * Goes up on every reset. A request held back by a `delayMs` fault checks it after the
   * delay and is dropped if a reset came in between, so it cannot change the next test's data.
   */
  epoch: number;
}

export const DEFAULT_TOKEN_TTL = 3600;

export type ApiEnv = {
  Bindings: HttpBindings;
  Variables: { caller: Caller; logEntry: LoggedRequest | undefined };
};
export type ApiContext = Context<ApiEnv>;

/** Own origin of the request, for absolute links. */
export function originOf(c: ApiContext): string {
  return new URL(c.req.url).origin;
}
