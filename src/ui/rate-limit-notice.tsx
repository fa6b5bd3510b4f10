import { useEffect, useState } from "react";

/** The one countdown for the whole app while the iTwin Platform asks us to wait until `until`. */
export function RateLimitNotice({ until }: { until: number }) {
  const [seconds, setSeconds] = useState(0);
  useEffect(() => {
    const tick = () => {
      const left = Math.max(0, Math.ceil((until - Date.now()) / 1000));
      setSeconds(left);
      if (left === 0) clearInterval(timer);
    };
    const timer = setInterval(tick, 250);
    const first = setTimeout(tick, 0);
    return () => {
      clearInterval(timer);
      clearTimeout(first);
    };
  }, [until]);
  return (
    <div role="status" className="rate-limit-notice" data-active={seconds > 0 || undefined}>
      {seconds > 0 ? `Rate limited by the iTwin Platform — retrying in ${seconds} s` : ""}
    </div>
  );
}
