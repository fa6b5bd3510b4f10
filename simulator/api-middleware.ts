import type { Context, MiddlewareHandler } from "hono";
import type { ContentfulStatusCode } from "hono/utils/http-status";
import { MESSAGES, defaultErrorFor, errorBody } from "./errors";
import { parseLoggedBody } from "./request-log";
import { rateLimited, sendError } from "./responses";
import type { ApiEnv, SimState } from "./sim-state";

const CONTROL_PREFIX = "/__sim";

function isControlOrPreflight(method: string, path: string): boolean {
  return method === "OPTIONS" || path === CONTROL_PREFIX || path.startsWith(`${CONTROL_PREFIX}/`);
}

/** Images are logged by size only; reading them as text would also spoil the body for the route. */
async function loggedBody(c: Context<ApiEnv>): Promise<unknown> {
  if (!c.req.raw.body) return null;
  if (/^\s*image\//i.test(c.req.header("Content-Type") ?? "")) {
    return `<${(await c.req.arrayBuffer()).byteLength} bytes>`;
  }
  return parseLoggedBody(await c.req.text());
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** Logs what the app sent and the status it got (GET /__sim/requests). */
export function logRequests(state: SimState): MiddlewareHandler<ApiEnv> {
  return async (c, next) => {
    const url = new URL(c.req.url);
    if (isControlOrPreflight(c.req.method, url.pathname)) return next();
    const entry = state.log.add({
      method: c.req.method,
      path: url.pathname,
      query: Object.fromEntries(url.searchParams),
      headers: Object.fromEntries(c.req.raw.headers),
      body: await loggedBody(c),
      status: null,
    });
    c.set("logEntry", entry);
    try {
      await next();
      entry.status ??= c.res.status;
    } catch (error) {
      entry.status ??= 500;
      throw error;
    }
  };
}

function dropConnection(c: Context<ApiEnv>): Response {
  const entry = c.get("logEntry");
  if (entry) entry.status = 0;
  c.env.incoming.socket.destroy();
  return new Response(null, { status: 204 });
}

/** Planned failures (POST /__sim/faults): an answer instead of the real one, a drop, or a delay. */
export function injectFaults(state: SimState): MiddlewareHandler<ApiEnv> {
  return async (c, next) => {
    const path = new URL(c.req.url).pathname;
    if (isControlOrPreflight(c.req.method, path)) return next();
    const fault = state.faults.take(c.req.method, path);
    if (!fault) return next();
    if (fault.delayMs) {
      const epoch = state.epoch;
      await sleep(fault.delayMs);
      // A reset came while this request was held: it belongs to a finished test, so it must not run now.
      if (state.epoch !== epoch) return dropConnection(c);
    }
    if (fault.status === undefined) return next();
    if (fault.status === 0) return dropConnection(c);
    if (fault.retryAfter !== undefined) c.header("Retry-After", String(fault.retryAfter));
    if (fault.body !== undefined) {
      c.header("Content-Type", "text/plain; charset=utf-8");
      return c.body(fault.body, fault.status as ContentfulStatusCode);
    }
    const fallback = defaultErrorFor(fault.status);
    if (fault.status < 400) return c.body(null, fault.status as ContentfulStatusCode);
    return c.json(
      errorBody(fault.code ?? fallback.code, fault.message ?? fallback.message),
      fault.status as ContentfulStatusCode,
    );
  };
}

/** Every API call needs a valid Bearer token (spec: 401 HeaderNotFound / Unauthorized). */
export function requireToken(state: SimState): MiddlewareHandler<ApiEnv> {
  return async (c, next) => {
    if (c.req.method === "OPTIONS") return next();
    const result = await state.verify(c.req.header("Authorization"));
    if (!result.ok) {
      const message =
        result.code === "HeaderNotFound" ? MESSAGES.headerNotFound : MESSAGES.unauthorized;
      return sendError(c, 401, result.code, message);
    }
    c.set("caller", result.caller);
    return next();
  };
}

/**
 * The per-client limiter, right after authentication. PATCH takes its turn at the end of its
 * own checks (the spec's order) and favorites writes answer `RateLimitExceeded`.
 */
export function limitRate(state: SimState): MiddlewareHandler<ApiEnv> {
  return async (c, next) => {
    if (c.req.method === "OPTIONS" || c.req.method === "PATCH") return next();
    const path = new URL(c.req.url).pathname;
    const favoritesWrite =
      (c.req.method === "PUT" || c.req.method === "DELETE") &&
      path.startsWith("/imodels/favorites/");
    const refused = rateLimited(
      c,
      (id) => state.limiter.take(id),
      favoritesWrite ? "RateLimitExceeded" : "TooManyRequests",
    );
    return refused ?? next();
  };
}
