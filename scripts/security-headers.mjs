/** The headers the production app is served with; the nginx file in deploy/ says the same. */
export function securityHeaders(config) {
  const origin = (url) => new URL(url).origin;
  const tileOrigin = (() => {
    try {
      return new URL(config.tileUrl.replace(/\{[a-z]\}/g, "a")).origin;
    } catch {
      return "";
    }
  })();
  const csp = [
    "default-src 'self'",
    "script-src 'self'",
    "style-src 'self'",
    `img-src 'self' data: ${tileOrigin}`.trim(),
    `connect-src 'self' ${origin(config.authority)} ${origin(config.apiBaseUrl)}`,
    `frame-src ${origin(config.authority)}`,
    "font-src 'self'",
    "object-src 'none'",
    "base-uri 'none'",
    "form-action 'self'",
    "frame-ancestors 'none'",
  ].join("; ");
  return {
    "Content-Security-Policy": csp,
    "Referrer-Policy": "no-referrer",
    "X-Content-Type-Options": "nosniff",
    "Permissions-Policy": "camera=(), microphone=(), geolocation=()",
  };
}
