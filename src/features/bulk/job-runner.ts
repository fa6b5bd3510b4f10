import {
  conflictReason,
  defaultDescribe,
  interruptionOf,
  isWorthAnotherTry,
  runChange,
  type ChangeOps,
  type Interruption,
} from "./change-attempt";
import {
  countItems,
  type ChangeOutcome,
  type JobCounts,
  type JobItem,
  type JobSnapshot,
  type PlannedChange,
} from "./job-types";

/** What the runner does with the world; the app wires these to the one API client. */
export type JobOps = ChangeOps & {
  /** Told of every change the server confirmed, so the caches learn it as a single save does. */
  onApplied?: (change: PlannedChange, result: unknown) => void;
  /** Called after every settled change and every control action; null when the job is dismissed. */
  persist: (snapshot: JobSnapshot | null) => void;
  /** The moment (epoch ms) the rate limit lifts; 0 when open. */
  rateLimitDeadline?: () => number;
  describeError?: (error: unknown) => string;
};

export type JobPhase = "running" | "pausing" | "paused" | "interrupted" | "finished";

const DEFAULT_CONCURRENCY = 4;
/** How often one change goes back in the queue before it counts as failed. */
const MAX_REQUEUES = 3;

/**
 * A queue of planned changes sent a few at a time (each as `runChange` tries it). Pause and
 * Cancel never abort a request on its way (it may already have reached the service); they stop
 * new ones.
 */
export class JobRunner {
  private items: JobItem[];
  private paused: boolean;
  private interruption: Interruption | null = null;
  private inFlight = 0;
  private cancelled = false;
  private frozen = false;
  private requeues = new Map<number, number>();
  private readonly listeners = new Set<() => void>();
  private idleWaiters: (() => void)[] = [];
  private cachedCounts: JobCounts | null = null;
  private version = 0;

  constructor(
    private readonly snapshotIn: JobSnapshot,
    private readonly ops: JobOps,
    private readonly concurrency = DEFAULT_CONCURRENCY,
  ) {
    // A change on its way when the page went is unconfirmed: its re-read decides.
    this.items = snapshotIn.items.map((item) =>
      item.status === "inFlight" ? { ...item, status: "waiting" } : { ...item },
    );
    this.paused = snapshotIn.paused;
  }

  get id(): string {
    return this.snapshotIn.id;
  }

  get title(): string {
    return this.snapshotIn.title;
  }

  /** Starts (or goes on after a reload, unless it was paused). */
  start(): void {
    this.persist();
    this.pump();
  }

  pause(): void {
    if (this.paused) return;
    this.paused = true;
    this.changed();
  }

  resume(): void {
    this.paused = false;
    this.interruption = null;
    this.changed();
    this.pump();
  }

  /** What was sent stays sent; what waits is not sent. */
  cancel(): void {
    this.cancelled = true;
    this.items = this.items.map((item) =>
      item.status === "waiting" ? { ...item, status: "cancelled" } : item,
    );
    this.changed();
    this.settleIfIdle();
  }

  /** Sends the failed changes again; conflicts and done ones are left alone. */
  retryFailed(): void {
    this.items = this.items.map((item) =>
      item.status === "failed" ? { ...item, status: "waiting", reason: undefined } : item,
    );
    this.cancelled = false;
    this.requeues.clear();
    this.paused = false;
    this.interruption = null;
    this.changed();
    this.pump();
  }

  /** Forgets the job (after the user closed its results). */
  dismiss(): void {
    this.items = this.items.map((item) =>
      item.status === "waiting" ? { ...item, status: "cancelled" } : item,
    );
    this.ops.persist(null);
  }

  /**
   * The page is going: what lands from now on (requests the browser cuts off read as failures)
   * is not recorded, so the next page re-reads those changes instead of trusting a broken answer.
   */
  freeze(frozen = true): void {
    this.frozen = frozen;
    if (!frozen) this.pump();
  }

  /** The service said the sign-in is over or the connection dropped; Resume or the cause going away goes on. */
  interrupt(reason: Interruption): void {
    this.interruption = reason;
    this.changed();
  }

  interruptedBy(): Interruption | null {
    return this.interruption;
  }

  phase(): JobPhase {
    const counts = this.counts();
    if (counts.waiting === 0 && counts.inFlight === 0) return "finished";
    if (this.interruption) return "interrupted";
    if (this.paused) return counts.inFlight > 0 ? "pausing" : "paused";
    return "running";
  }

  counts(): JobCounts {
    return (this.cachedCounts ??= countItems(this.items));
  }

  list(): readonly JobItem[] {
    return this.items;
  }

  rateLimitDeadline(): number {
    return this.ops.rateLimitDeadline?.() ?? 0;
  }

  snapshot(): JobSnapshot {
    return {
      id: this.snapshotIn.id,
      title: this.snapshotIn.title,
      items: this.items,
      paused: this.paused,
    };
  }

  /** For useSyncExternalStore: changes whenever anything shown changes. */
  getVersion = (): number => this.version;

  subscribe = (listener: () => void): (() => void) => {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  };

  /** Resolves when nothing is on its way and nothing more will be sent now. */
  whenIdle(): Promise<void> {
    if (this.isIdle()) return Promise.resolve();
    return new Promise((resolve) => this.idleWaiters.push(resolve));
  }

  private isIdle(): boolean {
    return this.inFlight === 0 && (this.phase() !== "running" || !this.hasWaiting());
  }

  private hasWaiting(): boolean {
    return this.items.some((item) => item.status === "waiting");
  }

  private pump(): void {
    let launched = false;
    while (!this.frozen && !this.paused && !this.interruption && this.inFlight < this.concurrency) {
      const index = this.items.findIndex((item) => item.status === "waiting");
      if (index < 0) break;
      this.setItem(index, { status: "inFlight" });
      this.inFlight += 1;
      launched = true;
      void runChange(this.items[index]!.change, this.ops).then((outcome) =>
        this.settle(index, outcome),
      );
    }
    if (launched) this.changed();
    this.settleIfIdle();
  }

  private settle(index: number, outcome: ChangeOutcome): void {
    this.inFlight -= 1;
    const change = this.items[index]!.change;
    if (outcome.status === "done") {
      this.setItem(index, { status: "done", reason: outcome.already ? "Already so" : undefined });
      if (!outcome.already) this.ops.onApplied?.(change, outcome.result);
    } else if (outcome.status === "conflict") {
      this.setItem(index, { status: "conflict", reason: conflictReason(outcome.current) });
    } else {
      this.settleError(index, outcome.error);
    }
    this.changed();
    this.pump();
  }

  private settleError(index: number, error: unknown): void {
    const interruption = interruptionOf(error);
    const requeues = this.requeues.get(index) ?? 0;
    // After a Cancel, a change that must be sent again is not.
    const again = this.cancelled ? "cancelled" : "waiting";
    if (interruption) {
      this.setItem(index, { status: again });
      if (!this.cancelled) this.interruption = interruption;
    } else if (isWorthAnotherTry(error) && requeues < MAX_REQUEUES) {
      this.requeues.set(index, requeues + 1);
      this.setItem(index, { status: again });
    } else {
      const describe = this.ops.describeError ?? defaultDescribe;
      this.setItem(index, { status: "failed", reason: describe(error) });
    }
  }

  private setItem(index: number, changes: Partial<JobItem>): void {
    this.items = this.items.slice();
    this.items[index] = { ...this.items[index]!, ...changes };
    this.cachedCounts = null;
  }

  private settleIfIdle(): void {
    if (!this.isIdle()) return;
    const waiters = this.idleWaiters;
    this.idleWaiters = [];
    waiters.forEach((resolve) => resolve());
  }

  private changed(): void {
    this.cachedCounts = null;
    this.persist();
    this.emit();
  }

  private persist(): void {
    if (!this.frozen) this.ops.persist(this.snapshot());
  }

  private emit(): void {
    this.version += 1;
    this.listeners.forEach((listener) => listener());
  }
}
