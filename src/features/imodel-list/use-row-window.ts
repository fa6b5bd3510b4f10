import { useEffect, useState, type RefObject } from "react";
import { rowWindow, visibleRows, type RowWindow } from "./row-window";

/** The rows to render, and of those the ones actually on screen (thumbnails load for these). */
export type RowWindows = RowWindow & { onScreen: RowWindow };

/** `listTop`: the list's top relative to the viewport, negative once scrolled past. */
function windows(
  listTop: number,
  height: number,
  rowHeight: number,
  count: number,
  overscan: number,
) {
  return {
    ...rowWindow(-listTop, height, rowHeight, count, overscan),
    onScreen: visibleRows(listTop, height, rowHeight, count),
  };
}

const same = (a: RowWindows, b: RowWindows) =>
  a.start === b.start &&
  a.end === b.end &&
  a.onScreen.start === b.onScreen.start &&
  a.onScreen.end === b.onScreen.end;

/**
 * The rows to render of a list of fixed-height rows that scrolls with the window (the page
 * scrolls, not a box inside it). Re-renders only when the window of rows changes, not on every
 * scrolled pixel.
 */
export function useRowWindow(
  listRef: RefObject<HTMLElement | null>,
  rowHeight: number,
  count: number,
  overscan = 8,
): RowWindows {
  const [rows, setRows] = useState<RowWindows>(() => windows(0, 800, rowHeight, count, overscan));
  useEffect(() => {
    const element = listRef.current;
    if (!element) return;
    let frame = 0;
    const update = () => {
      frame = 0;
      const top = element.getBoundingClientRect().top;
      const next = windows(top, window.innerHeight, rowHeight, count, overscan);
      setRows((old) => (same(old, next) ? old : next));
    };
    const schedule = () => {
      if (!frame) frame = requestAnimationFrame(update);
    };
    update();
    window.addEventListener("scroll", schedule, { passive: true });
    window.addEventListener("resize", schedule, { passive: true });
    const resize = new ResizeObserver(schedule);
    resize.observe(element);
    return () => {
      window.removeEventListener("scroll", schedule);
      window.removeEventListener("resize", schedule);
      resize.disconnect();
      if (frame) cancelAnimationFrame(frame);
    };
  }, [listRef, rowHeight, count, overscan]);
  return rows;
}
