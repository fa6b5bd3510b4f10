import { useEffect, useState } from "react";

const secondsUntil = (until: number | undefined) =>
  Math.max(0, Math.ceil(((until ?? 0) - Date.now()) / 1000));

/** Whole seconds until `until` (epoch ms), ticking; 0 once it has passed or when there is none. */
export function useSecondsLeft(until: number | undefined): number {
  const [seconds, setSeconds] = useState(() => secondsUntil(until));
  useEffect(() => {
    const tick = () => {
      const next = secondsUntil(until);
      setSeconds(next);
      if (next === 0) clearInterval(timer);
    };
    // A quarter of a second, so the figure changes within that of the real second.
    const timer = setInterval(tick, 250);
    tick();
    return () => clearInterval(timer);
  }, [until]);
  return seconds;
}
