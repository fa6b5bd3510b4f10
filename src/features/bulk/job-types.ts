/** One planned change of one iModel; `label` is its name when planned, for the report. */
type ChangeBase = { iModelId: string; iTwinId: string; label: string };

export type FavoriteChange = ChangeBase & { kind: "favorite"; wanted: boolean };
export type FieldChange = ChangeBase & {
  kind: "field";
  field: "name" | "description" | "extent";
  /** The value when the job was planned: a different value at sending time is someone else's. */
  before: unknown;
  after: unknown;
};
export type PlannedChange = FavoriteChange | FieldChange;

export type ItemStatus = "waiting" | "inFlight" | "done" | "failed" | "conflict" | "cancelled";

export type JobItem = { change: PlannedChange; status: ItemStatus; reason?: string };

export type JobSnapshot = { id: string; title: string; items: JobItem[]; paused: boolean };

export type JobCounts = {
  total: number;
  done: number;
  failed: number;
  conflicts: number;
  waiting: number;
  inFlight: number;
  cancelled: number;
};

export type ChangeOutcome =
  | { status: "done"; result: unknown; already?: boolean }
  | { status: "conflict"; current: unknown }
  | { status: "error"; error: unknown };

export function isFieldChange(change: PlannedChange): change is FieldChange {
  return change.kind === "field";
}

/** Every item is in exactly one count, so they always add up to the total. */
export function countItems(items: readonly JobItem[]): JobCounts {
  const counts: JobCounts = {
    total: items.length,
    done: 0,
    failed: 0,
    conflicts: 0,
    waiting: 0,
    inFlight: 0,
    cancelled: 0,
  };
  for (const { status } of items) {
    if (status === "conflict") counts.conflicts += 1;
    else counts[status] += 1;
  }
  return counts;
}

let sequence = 0;

export function planJob(title: string, changes: readonly PlannedChange[]): JobSnapshot {
  sequence += 1;
  return {
    id: `${Date.now().toString(36)}-${sequence}`,
    title,
    items: changes.map((change) => ({ change, status: "waiting" })),
    paused: false,
  };
}
