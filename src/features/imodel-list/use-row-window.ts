import { useEffect, useState, type RefObject } from "react";
import { rowWindow, type RowWindow } from "./row-window";

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
): RowWindow {
  const [rows, setRows] = useState<RowWindow>(() => rowWindow(0, 800, rowHeight, count, overscan));
  useEffect(() => {
    const element = listRef.current;
    if (!element) return;
    let frame = 0;
    const update = () => {
      frame = 0;
      // The list's top relative to the viewport: negative once it has scrolled past the top.
      const top = element.getBoundingClientRect().top;
      const next = rowWindow(-top, window.innerHeight, rowHeight, count, overscan);
      setRows((old) => (old.start === next.start && old.end === next.end ? old : next));
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
