/** Milliseconds to wait from a Retry-After header (seconds or an HTTP date), or null when it says nothing usable. */
export function parseRetryAfter(
  header: string | null | undefined,
  now = Date.now(),
): number | null {
  if (header == null) return null;
  const text = header.trim();
  if (text === "") return null;
  if (/^\d+$/.test(text)) return Math.min(Number(text), MAX_WAIT_SECONDS) * 1000;
  if (/^[+-]?\d/.test(text)) return null;
  const date = Date.parse(text);
  if (Number.isNaN(date)) return null;
  return Math.min(Math.max(0, date - now), MAX_WAIT_SECONDS * 1000);
}

/** A server asking for more than an hour is treated as asking for an hour. */
export const MAX_WAIT_SECONDS = 3600;

/** Exponential backoff with full jitter for when the server gives no usable Retry-After. */
export function backoffMs(
  attempt: number,
  random = Math.random,
  baseMs = 1000,
  capMs = 30_000,
): number {
  const ceiling = Math.min(capMs, baseMs * 2 ** Math.max(0, attempt));
  return Math.round(ceiling / 2 + (random() * ceiling) / 2);
}
