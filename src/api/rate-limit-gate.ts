import { backoffMs } from "./retry-after";

type Listener = () => void;

/**
 * "low": a request the page can do without for a while (a thumbnail). It waits while the gate is
 * closed, while any normal request waits at it and while a probe is out, so list pages go first;
 * its own 429s close the gate for low requests only.
 */
export type RequestPriority = "normal" | "low";

/**
 * Given by wait(); call it once the request has ended, whatever its outcome. If the request was
 * the probe and neither passed() nor block() told how it went (a network error, a 401), the
 * requests held behind it go.
 */
export type Settle = () => void;

/** A probe that has not settled by then (a bug, a lost answer) lets the rest go: nothing freezes. */
export const PROBE_TIMEOUT_MS = 10_000;
/**
 * A sliding-window limit frees its slots one by one, so after a 429 requests go one at a time;
 * once this many passed in a row the window has room, and all go (a bulk job's workers too).
 */
const PROBES_BEFORE_OPEN = 4;

const nothingToSettle: Settle = () => {};

/**
 * One gate for the whole app: after any 429 every new request waits until the moment
 * the service named, so a burst of 429s never multiplies requests. Then one request goes first
 * (the probe; a normal one while any waits) and the rest wait for its outcome: when it passes the
 * next goes, and when it is refused all wait again. So each time the service's window fills it
 * costs about one 429, not one per waiting request.
 */
export class RateLimitGate {
  private until = 0;
  private failures = 0;
  private lowUntil = 0;
  private lowFailures = 0;
  private normalWaiting = 0;
  /** A normal 429 came, and requests have not yet gone through it in a row since. */
  private probeNeeded = false;
  private probe: {
    timer: ReturnType<typeof setTimeout>;
    unlisten: () => void;
    priority: RequestPriority;
  } | null = null;
  /** Probes that passed since the last 429. */
  private probesPassed = 0;
  private lowWaiting = 0;
  /** Waiters to re-check the gate: the probe ended, or no normal request waits any more. */
  private readonly wakers = new Set<() => void>();
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
      // A thumbnail's probe was refused: the next one in line probes the normal lane.
      if (this.probe?.priority === "low") {
        this.probesPassed = 0;
        this.endProbe();
      }
      return Math.max(this.lowUntil, this.until) - this.now();
    }
    const wait = retryAfterMs ?? backoffMs(this.failures, this.random);
    this.failures += 1;
    const until = this.now() + wait;
    this.probeNeeded = true;
    this.probesPassed = 0;
    // The probe's answer (or another's) is in: the next reopening sends a new probe.
    this.endProbe();
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
    if (this.until > this.now()) return;
    if (this.probeNeeded) {
      this.probesPassed += 1;
      // One at a time while the service's window refills: the next one in line goes.
      const waiting = this.normalWaiting + this.lowWaiting > 0;
      if (waiting && this.probesPassed < PROBES_BEFORE_OPEN) this.endProbe();
      else this.open();
    }
    if (this.until !== 0) {
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

  async wait(signal?: AbortSignal, priority: RequestPriority = "normal"): Promise<Settle> {
    if (priority === "low") {
      this.lowWaiting += 1;
      try {
        for (;;) {
          await this.waitUntil(() => Math.max(this.until, this.lowUntil), signal);
          if (this.normalWaiting === 0 && this.probe === null) {
            return this.probeNeeded ? this.sendProbe(signal, "low") : nothingToSettle;
          }
          await this.whenWoken(signal);
        }
      } finally {
        this.lowWaiting -= 1;
      }
    }
    if (this.until <= this.now() && !this.probeNeeded) return nothingToSettle;
    this.normalWaiting += 1;
    try {
      for (;;) {
        await this.waitUntil(() => this.until, signal);
        if (!this.probeNeeded) return nothingToSettle;
        if (this.probe === null) return this.sendProbe(signal, "normal");
        await this.whenWoken(signal);
      }
    } finally {
      this.normalWaiting -= 1;
      if (this.normalWaiting === 0) this.wake();
    }
  }

  subscribe = (listener: Listener): (() => void) => {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  };

  /** Lets this request go alone: the next goes once it passes or is cancelled; all go if it ends otherwise or runs out of time. */
  private sendProbe(signal: AbortSignal | undefined, priority: RequestPriority): Settle {
    const settle = () => {
      if (this.probe === probe) this.open();
    };
    // A cancel says nothing about the service: the next in line goes as the probe.
    const handOver = () => {
      if (this.probe === probe) this.endProbe();
    };
    const timer = setTimeout(settle, PROBE_TIMEOUT_MS);
    signal?.addEventListener("abort", handOver, { once: true });
    const probe = {
      timer,
      unlisten: () => signal?.removeEventListener("abort", handOver),
      priority,
    };
    this.probe = probe;
    return settle;
  }

  /** The service took a request, or the probe cannot tell: every held request goes. */
  private open(): void {
    this.probeNeeded = false;
    this.endProbe();
  }

  private endProbe(): void {
    if (this.probe === null) return;
    clearTimeout(this.probe.timer);
    this.probe.unlisten();
    this.probe = null;
    this.wake();
  }

  private wake(): void {
    for (const resolve of [...this.wakers]) resolve();
  }

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

  /** Resolves at the next wake(): the caller then looks at the gate again. */
  private whenWoken(signal?: AbortSignal): Promise<void> {
    return new Promise((resolve, reject) => {
      if (signal?.aborted) return reject(signal.reason);
      const done = () => {
        this.wakers.delete(done);
        signal?.removeEventListener("abort", onAbort);
        resolve();
      };
      const onAbort = () => {
        this.wakers.delete(done);
        reject(signal?.reason);
      };
      this.wakers.add(done);
      signal?.addEventListener("abort", onAbort, { once: true });
    });
  }

  private emit(): void {
    for (const listener of this.listeners) listener();
  }
}
