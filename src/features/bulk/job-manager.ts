import type { QueryClient } from "@tanstack/react-query";
import { rateLimitGate } from "../../api/api-instance";
import { describeError } from "../../api/describe-error";
import { addFavorite, removeFavorite } from "../../api/favorites";
import {
  findIModelInLists,
  rereadIModel,
  storeSavedIModel,
  updateIModel,
  type IModel,
} from "../../api/imodels";
import { sessionStatus } from "../../auth/session-status";
import { isPageExitExpected } from "../../auth/page-exit";
import { createBulkFavoriteCache } from "./bulk-favorite-cache";
import { JobRunner, type JobOps } from "./job-runner";
import { readJob, writeJob } from "./job-storage";
import { jobPresence } from "./job-presence";
import type { JobSnapshot, PlannedChange } from "./job-types";
import { selectionStore } from "./selection-store";

/** The one bulk job of the tab (at most one at a time), wired to the app's API client and caches. */
class JobManager {
  private runner: JobRunner | null = null;
  private readonly listeners = new Set<() => void>();
  private readonly stars: ReturnType<typeof createBulkFavoriteCache>;

  constructor(private readonly queryClient: QueryClient) {
    this.stars = createBulkFavoriteCache(queryClient);
    const stored = readJob();
    if (stored) this.open(stored);
    // After "Sign in again" the job goes on by itself, as a single save does.
    sessionStatus.subscribe(() => {
      if (!sessionStatus.isSignInRequired() && this.runner?.interruptedBy() === "signIn")
        this.runner.resume();
    });
    window.addEventListener("online", () => {
      if (this.runner?.interruptedBy() === "offline") this.runner.resume();
    });
    window.addEventListener("pagehide", () => this.runner?.freeze());
    window.addEventListener("pageshow", (event) => {
      if (event.persisted) this.runner?.freeze(false);
    });
    // Closing or reloading the tab mid-job asks first; the job would go on after a reload anyway.
    window.addEventListener("beforeunload", (event) => {
      const phase = this.runner?.phase();
      if (!phase || phase === "finished" || phase === "paused" || isPageExitExpected()) return;
      event.preventDefault();
      event.returnValue = "";
    });
  }

  current = (): JobRunner | null => this.runner;

  start(snapshot: JobSnapshot): JobRunner {
    this.runner?.dismiss();
    this.stars.reset();
    return this.open(snapshot);
  }

  dismiss(): void {
    this.runner?.dismiss();
    this.runner = null;
    jobPresence.set(false);
    this.emit();
  }

  subscribe = (listener: () => void): (() => void) => {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  };

  private open(snapshot: JobSnapshot): JobRunner {
    const runner = new JobRunner(snapshot, this.ops());
    this.runner = runner;
    if (sessionStatus.isSignInRequired()) runner.interrupt("signIn");
    runner.start();
    jobPresence.set(true);
    this.emit();
    return runner;
  }

  private ops(): JobOps {
    const { queryClient } = this;
    return {
      read: async (id) => rereadIModel(queryClient, id),
      patch: (id, field, value) => updateIModel(id, { [field]: value }),
      favorite: (id, wanted) => (wanted ? addFavorite(id) : removeFavorite(id)),
      onApplied: (change, result) => this.applied(change, result),
      persist: writeJob,
      rateLimitDeadline: () => rateLimitGate.blockedUntil(),
      describeError,
    };
  }

  /** Into the caches as a single save or star does: the rows show it, no list is fetched again. */
  private applied(change: PlannedChange, result: unknown): void {
    if (change.kind === "field") {
      const saved = result as IModel;
      storeSavedIModel(this.queryClient, saved);
      selectionStore.refresh(saved);
      return;
    }
    const iModel =
      selectionStore.get().selected.get(change.iModelId) ??
      findIModelInLists(this.queryClient, change.iModelId);
    if (iModel) this.stars.confirm(iModel, change.wanted);
  }

  private emit(): void {
    this.listeners.forEach((listener) => listener());
  }
}

const managers = new WeakMap<QueryClient, JobManager>();

export function jobManagerFor(queryClient: QueryClient): JobManager {
  let manager = managers.get(queryClient);
  if (!manager) managers.set(queryClient, (manager = new JobManager(queryClient)));
  return manager;
}

export type { JobManager };
