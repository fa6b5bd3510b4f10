import { useEffect, useState } from "react";

const secondsLeft = (until: number | undefined) =>
  Math.max(0, Math.ceil(((until ?? 0) - Date.now()) / 1000));

/** Whole seconds left until `until` (epoch ms), ticking each second; 0 once it has passed. */
export function useCountdown(until: number | undefined): number {
  const [, setTick] = useState(0);
  useEffect(() => {
    if (!until) return;
    const timer = window.setInterval(() => {
      setTick((tick) => tick + 1);
      if (secondsLeft(until) === 0) window.clearInterval(timer);
    }, 1000);
    return () => window.clearInterval(timer);
  }, [until]);
  return secondsLeft(until);
}
