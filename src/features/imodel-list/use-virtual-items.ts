import { useEffect, useState, type RefObject } from "react";
import type { IModel } from "../../api/imodels";
import { nextIndex } from "./item-grid";
import { useRowWindow } from "./use-row-window";

/** Ask for the next page this many items before the end, so scrolling rarely waits. */
const PREFETCH_ITEMS = 30;

type Options = {
  iModels: IModel[];
  rowHeight: number;
  columns: number;
  hasMore: boolean;
  loadingMore: boolean;
  onNeedMore: () => void;
  /** An iModel whose item gets the focus once it is rendered (Back from that iModel). */
  focusId?: string | null;
  /** Rows rendered beyond the screen on each side. */
  overscan?: number;
};

/**
 * One window-scrolled virtual layout for every view: `columns` items to a row of fixed height,
 * only the rows in view rendered. Items carry `data-index`; their link `data-primary`.
 */
export function useVirtualItems(listRef: RefObject<HTMLElement | null>, options: Options) {
  const { iModels, rowHeight, columns, hasMore, loadingMore, onNeedMore, focusId } = options;
  const count = iModels.length;
  const rows = Math.ceil(count / columns);
  const window_ = useRowWindow(listRef, rowHeight, rows, options.overscan);
  const start = window_.start * columns;
  const end = Math.min(count, window_.end * columns);
  const onScreen = {
    start: window_.onScreen.start * columns,
    end: Math.min(count, window_.onScreen.end * columns),
  };

  useEffect(() => {
    if (hasMore && !loadingMore && end - 1 >= count - PREFETCH_ITEMS) onNeedMore();
  }, [hasMore, loadingMore, end, count, onNeedMore]);

  // "back": the item of `focusId`, once loaded; a number: the item an arrow key moved to.
  const [pending, setPending] = useState<number | "back" | null>(focusId ? "back" : null);
  const index = pending === "back" ? iModels.findIndex((m) => m.id === focusId) : pending;
  const fromBack = pending === "back";
  useEffect(() => {
    const list = listRef.current;
    if (index === null || index < 0 || !list) return;
    if (index < start || index >= end) {
      const top = list.getBoundingClientRect().top + window.scrollY;
      window.scrollTo({ top: top + Math.floor(index / columns) * rowHeight - innerHeight / 2 });
      return;
    }
    const link = list.querySelector<HTMLElement>(`[data-index="${index}"] [data-primary]`);
    if (!link) return;
    setPending(null);
    const rect = link.getBoundingClientRect();
    const inView = rect.top >= 0 && rect.bottom <= innerHeight;
    link.focus({ preventScroll: fromBack && inView });
    if (!fromBack && !inView) link.scrollIntoView({ block: "nearest" });
  }, [listRef, index, fromBack, start, end, columns, rowHeight]);

  // Arrow keys, Page Up/Down, Home and End move between items (the list's own keys, not the page's).
  useEffect(() => {
    const list = listRef.current;
    if (!list) return;
    const onKeyDown = (event: KeyboardEvent) => {
      if (event.defaultPrevented || event.altKey || event.ctrlKey || event.metaKey) return;
      const item = (event.target as Element).closest<HTMLElement>("[data-index]");
      if (!item) return;
      const pageRows = Math.max(1, Math.floor(innerHeight / rowHeight) - 1);
      const next = nextIndex(event.key, Number(item.dataset.index), count, columns, pageRows);
      if (next === null) return;
      event.preventDefault();
      setPending(next);
    };
    list.addEventListener("keydown", onKeyDown);
    return () => list.removeEventListener("keydown", onKeyDown);
  }, [listRef, count, columns, rowHeight]);

  return { start, end, onScreen, height: rows * rowHeight };
}
