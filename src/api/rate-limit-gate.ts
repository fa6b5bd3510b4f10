import { backoffMs } from "./retry-after";

type Listener = () => void;

/**
 * One gate for the whole app: after any 429 every new request waits until the moment
 * the service named, so a burst of 429s never multiplies requests.
 */
export class RateLimitGate {
  private until = 0;
  private failures = 0;
  private readonly listeners = new Set<Listener>();

  constructor(
    private readonly now: () => number = Date.now,
    private readonly random: () => number = Math.random,
  ) {}

  /** Records a 429; returns how long requests now wait. Without a usable Retry-After, backs off exponentially. */
  block(retryAfterMs: number | null): number {
    const wait = retryAfterMs ?? backoffMs(this.failures, this.random);
    this.failures += 1;
    const until = this.now() + wait;
    if (until > this.until) {
      this.until = until;
      this.emit();
    }
    return this.until - this.now();
  }

  /** A request went through: the next 429 starts the backoff afresh. */
  passed(): void {
    this.failures = 0;
    if (this.until !== 0 && this.until <= this.now()) {
      this.until = 0;
      this.emit();
    }
  }

  /** The last moment (epoch ms) requests were told to wait until; stable between changes, for the UI. */
  deadline = (): number => this.until;

  /** The moment (epoch ms) requests may go again; 0 when open. */
  blockedUntil(): number {
    return this.until > this.now() ? this.until : 0;
  }

  wait(signal?: AbortSignal): Promise<void> {
    const remaining = this.until - this.now();
    if (remaining <= 0) return Promise.resolve();
    return new Promise((resolve, reject) => {
      if (signal?.aborted) return reject(signal.reason);
      const timer = setTimeout(() => {
        signal?.removeEventListener("abort", onAbort);
        // The gate may have been pushed further while this request waited.
        this.wait(signal).then(resolve, reject);
      }, remaining);
      const onAbort = () => {
        clearTimeout(timer);
        reject(signal?.reason);
      };
      signal?.addEventListener("abort", onAbort, { once: true });
    });
  }

  subscribe = (listener: Listener): (() => void) => {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  };

  private emit(): void {
    for (const listener of this.listeners) listener();
  }
}
