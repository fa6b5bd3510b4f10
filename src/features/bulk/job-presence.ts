import { useSyncExternalStore } from "react";
import { hasStoredJob } from "./job-storage";

/**
 * Whether the tab has a bulk job (running, or finished and not yet closed). The header reads it
 * on every page without loading the job runner; the job manager keeps it true to its job.
 */
class JobPresence {
  private present: boolean | null = null;
  private readonly listeners = new Set<() => void>();

  get = (): boolean => (this.present ??= hasStoredJob());

  set(present: boolean): void {
    if (present === this.get()) return;
    this.present = present;
    this.listeners.forEach((listener) => listener());
  }

  subscribe = (listener: () => void): (() => void) => {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  };
}

export const jobPresence = new JobPresence();

export function useJobPresence(): boolean {
  return useSyncExternalStore(jobPresence.subscribe, jobPresence.get);
}
