import { useCallback, useSyncExternalStore } from "react";
import type { IModel } from "../../api/imodels";
import {
  EMPTY_SELECTION,
  refreshSelected,
  selectMany,
  toggleOne,
  toggleRange,
  type Selection,
} from "./selection";

/**
 * The one selection of the list page, outside React so it survives scrolling (rows unmount)
 * and switching views. It belongs to one search: a new search starts empty.
 */
class SelectionStore {
  private state: Selection = EMPTY_SELECTION;
  private scope = "";
  private order: readonly IModel[] = [];
  private readonly listeners = new Set<() => void>();

  /** The search the selection belongs to, and the rows in the order shown (for ranges). */
  show(scope: string, order: readonly IModel[]): void {
    this.order = order;
    if (scope === this.scope) return;
    this.scope = scope;
    this.set(EMPTY_SELECTION);
  }

  toggle(iModel: IModel, range: boolean): void {
    this.set(range ? toggleRange(this.state, this.order, iModel) : toggleOne(this.state, iModel));
  }

  addMany(iModels: readonly IModel[], cap?: number): boolean {
    const { selection, capped } = selectMany(this.state, iModels, cap);
    this.set(selection);
    return capped;
  }

  refresh(saved: IModel): void {
    this.set(refreshSelected(this.state, saved));
  }

  clear(): void {
    this.set(EMPTY_SELECTION);
  }

  get = (): Selection => this.state;

  subscribe = (listener: () => void): (() => void) => {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  };

  private set(next: Selection): void {
    if (next === this.state) return;
    this.state = next;
    this.listeners.forEach((listener) => listener());
  }
}

export const selectionStore = new SelectionStore();

export function useSelection(): Selection {
  return useSyncExternalStore(selectionStore.subscribe, selectionStore.get);
}

export function useIsSelected(id: string): boolean {
  const get = useCallback(() => selectionStore.get().selected.has(id), [id]);
  return useSyncExternalStore(selectionStore.subscribe, get);
}
