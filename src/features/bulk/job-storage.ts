import { hasSessionItem, readSessionJson, writeSessionJson } from "../../lib/session-json";
import type { JobItem, JobSnapshot } from "./job-types";

/**
 * The bulk job in sessionStorage, written after every settled change, so a reload or a
 * sign-in by redirect goes on where it was and never sends a confirmed change again.
 */
export const JOB_KEY = "imodel-admin.bulk-job";

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
  const parsed = readSessionJson(JOB_KEY, storage) as Partial<JobSnapshot> | undefined;
  if (typeof parsed?.id !== "string" || !Array.isArray(parsed.items)) return null;
  if (!parsed.items.every(isItem)) return null;
  return {
    id: parsed.id,
    title: String(parsed.title ?? "Bulk change"),
    items: parsed.items,
    paused: parsed.paused === true,
  };
}

/** Best effort: a full or blocked storage must not stop the job (it then lasts as long as the page). */
export function writeJob(snapshot: JobSnapshot | null, storage?: Storage): void {
  writeSessionJson(JOB_KEY, snapshot ?? undefined, storage);
}

/** Cheap enough for the start-up path: whether there is a job to resume at all. */
export function hasStoredJob(storage?: Storage): boolean {
  return hasSessionItem(JOB_KEY, storage);
}
