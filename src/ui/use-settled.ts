import { useEffect, useState } from "react";

/**
 * True once `active` has stayed true for `delayMs` without a break; false at once when it
 * turns false. What only flashes by (a row scrolled past) never settles.
 */
export function useSettled(active: boolean, delayMs: number): boolean {
  const [settled, setSettled] = useState(false);
  useEffect(() => {
    if (!active || delayMs <= 0) return;
    const timer = setTimeout(() => setSettled(true), delayMs);
    return () => {
      clearTimeout(timer);
      setSettled(false);
    };
  }, [active, delayMs]);
  return active && (settled || delayMs <= 0);
}
