import { useEffect, useState, type RefObject } from "react";
import { rowWindow, type RowWindow } from "./row-window";

/**
 * The rows to render in a scrolling container of fixed-height rows. Re-renders only when
 * the window changes, not on every scrolled pixel.
 */
export function useRowWindow(
  scrollRef: RefObject<HTMLElement | null>,
  rowHeight: number,
  count: number,
  overscan = 8,
): RowWindow {
  const [rows, setRows] = useState<RowWindow>(() => rowWindow(0, 800, rowHeight, count, overscan));
  useEffect(() => {
    const element = scrollRef.current;
    if (!element) return;
    let frame = 0;
    const update = () => {
      frame = 0;
      const next = rowWindow(element.scrollTop, element.clientHeight, rowHeight, count, overscan);
      setRows((old) => (old.start === next.start && old.end === next.end ? old : next));
    };
    const schedule = () => {
      if (!frame) frame = requestAnimationFrame(update);
    };
    update();
    element.addEventListener("scroll", schedule, { passive: true });
    const resize = new ResizeObserver(schedule);
    resize.observe(element);
    return () => {
      element.removeEventListener("scroll", schedule);
      resize.disconnect();
      if (frame) cancelAnimationFrame(frame);
    };
  }, [scrollRef, rowHeight, count, overscan]);
  return rows;
}
