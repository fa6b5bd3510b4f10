import type { JobItem, JobSnapshot } from "./job-types";

/**
 * The bulk job in sessionStorage, written after every settled change, so a reload or a
 * sign-in by redirect goes on where it was and never sends a confirmed change again.
 */
export const JOB_KEY = "imodel-admin.bulk-job";

function storageOrNull(storage?: Storage): Storage | null {
  try {
    return storage ?? window.sessionStorage;
  } catch {
    return null;
  }
}

function isItem(value: unknown): value is JobItem {
  if (typeof value !== "object" || value === null) return false;
  const { change, status } = value as Partial<JobItem>;
  return (
    typeof status === "string" &&
    typeof change === "object" &&
    change !== null &&
    typeof change.iModelId === "string" &&
    (change.kind === "favorite" || change.kind === "field")
  );
}

export function readJob(storage?: Storage): JobSnapshot | null {
  try {
    const raw = storageOrNull(storage)?.getItem(JOB_KEY);
    if (!raw) return null;
    const parsed = JSON.parse(raw) as Partial<JobSnapshot>;
    if (typeof parsed.id !== "string" || !Array.isArray(parsed.items)) return null;
    if (!parsed.items.every(isItem)) return null;
    return {
      id: parsed.id,
      title: String(parsed.title ?? "Bulk change"),
      items: parsed.items,
      paused: parsed.paused === true,
    };
  } catch {
    return null;
  }
}

/** Best effort: a full or blocked storage must not stop the job (it then lasts as long as the page). */
export function writeJob(snapshot: JobSnapshot | null, storage?: Storage): void {
  try {
    const store = storageOrNull(storage);
    if (snapshot === null) store?.removeItem(JOB_KEY);
    else store?.setItem(JOB_KEY, JSON.stringify(snapshot));
  } catch {
    // Storage unavailable.
  }
}

/** Cheap enough for the start-up path: whether there is a job to resume at all. */
export function hasStoredJob(storage?: Storage): boolean {
  try {
    return Boolean(storageOrNull(storage)?.getItem(JOB_KEY));
  } catch {
    return false;
  }
}
