import type { IModel } from "../../api/imodels";
import {
  click,
  failed,
  isSettled,
  newEntry,
  settle,
  succeeded,
  type FavoriteEntry,
  type FavoriteStep,
} from "./favorite-sync";

export type FavoriteStoreOptions = {
  /** Makes the server hold `favorite` for the iModel; resolves when it does. */
  send: (iModelId: string, favorite: boolean) => Promise<void>;
  onConfirmed: (iModel: IModel, favorite: boolean) => void;
  onRolledBack: (iModel: IModel, favorite: boolean, error: unknown) => void;
  /** Called with the unconfirmed stars whenever they change, to keep them across a reload. */
  persist?: (unconfirmed: PendingFavorite[]) => void;
  now?: () => number;
};

type Tracked = { entry: FavoriteEntry; iModel: IModel; timer?: ReturnType<typeof setTimeout> };

export type PendingFavorite = { iModel: IModel; wanted: boolean };

/**
 * Runs the favorite state machine for every star of the app: sends its requests, fires its
 * timers and tells subscribers. Entries exist only while a star is changing; the rest of the
 * time the server state (the favorites query) is the truth.
 */
export class FavoriteStore {
  private readonly tracked = new Map<string, Tracked>();
  private readonly listeners = new Map<string, Set<() => void>>();
  private readonly anyListeners = new Set<() => void>();
  private readonly now: () => number;

  constructor(private readonly options: FavoriteStoreOptions) {
    this.now = options.now ?? Date.now;
  }

  /** What the star shows while it is changing; undefined when the server state applies. */
  wanted = (iModelId: string): boolean | undefined => this.tracked.get(iModelId)?.entry.wanted;

  pending(): PendingFavorite[] {
    return [...this.tracked.values()].map(({ iModel, entry }) => ({
      iModel,
      wanted: entry.wanted,
    }));
  }

  /** Stars the server has not confirmed: asked for, waiting, or with a request in flight. */
  unconfirmed(): PendingFavorite[] {
    return [...this.tracked.values()]
      .filter(({ entry }) => entry.inFlight || entry.wanted !== entry.confirmed)
      .map(({ iModel, entry }) => ({ iModel, wanted: entry.wanted }));
  }

  /**
   * Sends stars asked for before a reload. What the server holds is unknown, so each is sent
   * as asked (both writes are idempotent); a star already changing here is left alone.
   */
  resume(intents: PendingFavorite[]): void {
    for (const { iModel, wanted } of intents) {
      if (this.tracked.has(iModel.id)) continue;
      this.tracked.set(iModel.id, {
        entry: { ...newEntry(!wanted), wanted },
        iModel,
      });
      this.step(iModel.id, (entry) => settle(entry, this.now()));
    }
  }

  requestsInFlight(): boolean {
    return [...this.tracked.values()].some(({ entry }) => entry.inFlight);
  }

  /** `serverState` is what the server holds as far as the app knows; used when the star is not already changing. */
  toggle(iModel: IModel, serverState: boolean): void {
    if (!this.tracked.has(iModel.id))
      this.tracked.set(iModel.id, { entry: newEntry(serverState), iModel });
    this.step(iModel.id, (entry) => click(entry, this.now()));
  }

  subscribe(iModelId: string, listener: () => void): () => void {
    let set = this.listeners.get(iModelId);
    if (!set) this.listeners.set(iModelId, (set = new Set()));
    set.add(listener);
    return () => {
      set.delete(listener);
      if (set.size === 0) this.listeners.delete(iModelId);
    };
  }

  subscribeAll(listener: () => void): () => void {
    this.anyListeners.add(listener);
    return () => this.anyListeners.delete(listener);
  }

  private step(iModelId: string, next: (entry: FavoriteEntry) => FavoriteStep): void {
    const tracked = this.tracked.get(iModelId);
    if (!tracked) return;
    const { entry, effects } = next(tracked.entry);
    tracked.entry = entry;
    for (const effect of effects) {
      switch (effect.type) {
        case "send":
          this.send(tracked.iModel.id, effect.favorite);
          break;
        case "wake":
          clearTimeout(tracked.timer);
          tracked.timer = setTimeout(
            () => this.step(iModelId, (current) => settle(current, this.now())),
            Math.max(0, effect.at - this.now()),
          );
          break;
        case "confirmed":
          this.options.onConfirmed(tracked.iModel, effect.favorite);
          break;
        case "rolledBack":
          this.options.onRolledBack(tracked.iModel, effect.favorite, effect.error);
          break;
      }
    }
    if (isSettled(entry, this.now())) {
      clearTimeout(tracked.timer);
      this.tracked.delete(iModelId);
    }
    this.options.persist?.(this.unconfirmed());
    this.listeners.get(iModelId)?.forEach((listener) => listener());
    this.anyListeners.forEach((listener) => listener());
  }

  private send(iModelId: string, favorite: boolean): void {
    this.options.send(iModelId, favorite).then(
      () => this.step(iModelId, (entry) => succeeded(entry, this.now())),
      (error: unknown) => this.step(iModelId, (entry) => failed(entry, error, this.now())),
    );
  }
}
