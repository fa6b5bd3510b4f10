export interface RateLimits {
  perMinute: number;
  perHour: number;
  /**
   * Length of the short window `perMinute` counts in, 60 unless set. Only tests shorten it,
   * so a real limit can be hit and waited out in seconds rather than a minute.
   */
  windowSeconds?: number;
}

export type RateDecision = { allowed: true } | { allowed: false; retryAfterSeconds: number };

const MINUTE = 60_000;
const HOUR = 3_600_000;

/**
 * Sliding-window limiter per OAuth client: a request is allowed when fewer than the limit
 * were allowed in the last minute and in the last hour. Refused requests are not counted,
 * so Retry-After says when the next one will pass.
 */
export class RateLimiter {
  private hits = new Map<string, number[]>();

  constructor(
    public limits: RateLimits,
    private readonly now: () => number = Date.now,
  ) {}

  reset(limits: RateLimits): void {
    this.limits = limits;
    this.hits.clear();
  }

  take(clientId: string): RateDecision {
    const now = this.now();
    const all = (this.hits.get(clientId) ?? []).filter((t) => t > now - HOUR);
    this.hits.set(clientId, all);
    const shortWindow = (this.limits.windowSeconds ?? MINUTE / 1000) * 1000;
    const waits = [
      waitMs(all, now, shortWindow, this.limits.perMinute),
      waitMs(all, now, HOUR, this.limits.perHour),
    ];
    const wait = Math.max(...waits);
    if (wait > 0) return { allowed: false, retryAfterSeconds: Math.max(1, Math.ceil(wait / 1000)) };
    all.push(now);
    return { allowed: true };
  }
}

/** How long until a new request fits in the window (0 when it fits now). */
function waitMs(sortedHits: number[], now: number, window: number, limit: number): number {
  const inWindow = sortedHits.filter((t) => t > now - window);
  if (inWindow.length < limit) return 0;
  if (limit <= 0) return window;
  const mustExpire = inWindow[inWindow.length - limit] as number;
  return mustExpire + window - now;
}
