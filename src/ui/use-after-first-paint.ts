import { useEffect, useState } from "react";

/**
 * False until `after` is true and the browser has painted since; then true. Heavy work put
 * behind it (creating a map, then its layers) runs in a task of its own instead of lengthening
 * the task that shows the page.
 */
export function useAfterFirstPaint(after = true): boolean {
  const [painted, setPainted] = useState(false);
  useEffect(() => {
    if (!after) return;
    let timer: number | undefined;
    // The frame callback runs just before the paint; the task it queues runs after it.
    const frame = requestAnimationFrame(() => {
      timer = window.setTimeout(() => setPainted(true));
    });
    return () => {
      cancelAnimationFrame(frame);
      window.clearTimeout(timer);
    };
  }, [after]);
  return painted;
}
