import { useSecondsLeft } from "./use-seconds-left";

/** The one countdown for the whole app while the iTwin Platform asks us to wait until `until`. */
export function RateLimitNotice({ until }: { until: number }) {
  const seconds = useSecondsLeft(until);
  return (
    <div role="status" className="rate-limit-notice" data-active={seconds > 0 || undefined}>
      {seconds > 0 ? `Rate limited by the iTwin Platform — retrying in ${seconds} s` : ""}
    </div>
  );
}
