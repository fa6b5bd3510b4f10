// The headers the production app is served with: scripts/serve.mjs sends them, and
// deploy/nginx.conf is generated from them (scripts/nginx-conf.mjs).

/** Trusted Types: only the app's own policy (src/trusted-types.ts) may turn a string into markup. */
export const TRUSTED_TYPES_POLICIES = ["default"];

/** HSTS for a year; sent only over https, where the browser takes it. */
export const HSTS = "max-age=31536000; includeSubDomains";

export function securityHeaders(config, { https = false } = {}) {
  const origin = (url) => new URL(url).origin;
  const tileOrigin = (() => {
    try {
      return new URL(config.tileUrl.replace(/\{[a-z]\}/g, "a")).origin;
    } catch {
      return "";
    }
  })();
  // Once each: the stand-in's geocoder shares the API's origin.
  const connect = [
    ...new Set(
      [config.authority, config.apiBaseUrl, config.geocoderUrl].filter(Boolean).map(origin),
    ),
  ];
  const csp = [
    "default-src 'self'",
    "script-src 'self'",
    "style-src 'self'",
    `img-src 'self' data: ${tileOrigin}`.trim(),
    `connect-src 'self' ${connect.join(" ")}`,
    `frame-src ${origin(config.authority)}`,
    "font-src 'self'",
    "object-src 'none'",
    "base-uri 'none'",
    "form-action 'self'",
    "frame-ancestors 'none'",
    "require-trusted-types-for 'script'",
    `trusted-types ${TRUSTED_TYPES_POLICIES.join(" ")}`,
  ].join("; ");
  return {
    "Content-Security-Policy": csp,
    "Referrer-Policy": "no-referrer",
    "X-Content-Type-Options": "nosniff",
    "Permissions-Policy": "camera=(), microphone=(), geolocation=()",
    // MSAL's popup answers through a BroadcastChannel (its redirect bridge), not window.opener,
    // so the strictest value keeps popup sign-in working (e2e: resilience.spec.ts).
    "Cross-Origin-Opener-Policy": "same-origin",
    // Everything this server sends is the app's own: no other site may embed it.
    "Cross-Origin-Resource-Policy": "same-origin",
    ...(https ? { "Strict-Transport-Security": HSTS } : {}),
  };
}
