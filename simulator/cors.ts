import { cors } from "hono/cors";

const LOOPBACK = /^http:\/\/(localhost|127\.0\.0\.1|\[::1\])(:\d+)?$/;

/** The app origins, plus any plain-http loopback origin to keep development simple. */
export function isAllowedOrigin(origin: string, appOrigins: readonly string[]): boolean {
  return appOrigins.includes(origin) || LOOPBACK.test(origin);
}

/**
 * CORS like a real cross-origin API. The headers are set before the handler runs, so Hono
 * carries them onto every answer, errors and injected faults included.
 */
export function apiCors(appOrigins: readonly string[]) {
  return cors({
    origin: (origin) => (isAllowedOrigin(origin, appOrigins) ? origin : null),
    allowMethods: ["GET", "PUT", "PATCH", "DELETE", "POST", "OPTIONS"],
    // What real clients send: Bentley's imodel-browser-react adds Cache-Control and x-total-count.
    allowHeaders: [
      "Authorization",
      "Accept",
      "Content-Type",
      "Prefer",
      "Cache-Control",
      "x-total-count",
    ],
    exposeHeaders: ["Retry-After"],
    maxAge: 600,
  });
}
