import { backoffMs } from "./retry-after";

type Listener = () => void;

/**
 * "low": a request the page can do without for a while (a thumbnail). It waits while the gate is
 * closed and while any normal request waits at it, so list pages go first; its own 429s close
 * the gate for low requests only.
 */
export type RequestPriority = "normal" | "low";

/**
 * One gate for the whole app: after any 429 every new request waits until the moment
 * the service named, so a burst of 429s never multiplies requests.
 */
export class RateLimitGate {
  private until = 0;
  private failures = 0;
  private lowUntil = 0;
  private lowFailures = 0;
  private normalWaiting = 0;
  private readonly drained = new Set<() => void>();
  private readonly listeners = new Set<Listener>();

  constructor(
    private readonly now: () => number = Date.now,
    private readonly random: () => number = Math.random,
  ) {}

  /** Records a 429; returns how long requests of that priority now wait. Without a usable Retry-After, backs off exponentially. */
  block(retryAfterMs: number | null, priority: RequestPriority = "normal"): number {
    if (priority === "low") {
      const wait = retryAfterMs ?? backoffMs(this.lowFailures, this.random);
      this.lowFailures += 1;
      this.lowUntil = Math.max(this.lowUntil, this.now() + wait);
      return Math.max(this.lowUntil, this.until) - this.now();
    }
    const wait = retryAfterMs ?? backoffMs(this.failures, this.random);
    this.failures += 1;
    const until = this.now() + wait;
    if (until > this.until) {
      this.until = until;
      this.emit();
    }
    return this.until - this.now();
  }

  /** A request went through: the service is open again, and the next 429 starts the backoff afresh. */
  passed(): void {
    this.failures = 0;
    this.lowFailures = 0;
    if (this.lowUntil <= this.now()) this.lowUntil = 0;
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

  async wait(signal?: AbortSignal, priority: RequestPriority = "normal"): Promise<void> {
    if (priority === "normal") {
      if (this.until <= this.now()) return;
      this.normalWaiting += 1;
      try {
        await this.waitUntil(() => this.until, signal);
      } finally {
        this.normalWaiting -= 1;
        if (this.normalWaiting === 0) for (const resolve of this.drained) resolve();
      }
      return;
    }
    for (;;) {
      await this.waitUntil(() => Math.max(this.until, this.lowUntil), signal);
      if (this.normalWaiting === 0) return;
      await this.whenDrained(signal);
    }
  }

  subscribe = (listener: Listener): (() => void) => {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  };

  private waitUntil(until: () => number, signal?: AbortSignal): Promise<void> {
    const remaining = until() - this.now();
    if (remaining <= 0) return Promise.resolve();
    return new Promise((resolve, reject) => {
      if (signal?.aborted) return reject(signal.reason);
      const timer = setTimeout(() => {
        signal?.removeEventListener("abort", onAbort);
        // The gate may have been pushed further while this request waited.
        this.waitUntil(until, signal).then(resolve, reject);
      }, remaining);
      const onAbort = () => {
        clearTimeout(timer);
        reject(signal?.reason);
      };
      signal?.addEventListener("abort", onAbort, { once: true });
    });
  }

  /** Resolves once no normal request waits at the gate. */
  private whenDrained(signal?: AbortSignal): Promise<void> {
    return new Promise((resolve, reject) => {
      if (signal?.aborted) return reject(signal.reason);
      const done = () => {
        this.drained.delete(done);
        signal?.removeEventListener("abort", onAbort);
        resolve();
      };
      const onAbort = () => {
        this.drained.delete(done);
        reject(signal?.reason);
      };
      this.drained.add(done);
      signal?.addEventListener("abort", onAbort, { once: true });
    });
  }

  private emit(): void {
    for (const listener of this.listeners) listener();
  }
}
