import { useState, useSyncExternalStore } from "react";
import { useRateLimitDeadline } from "../../api/use-rate-limit-deadline";
import { CopyButton } from "../../ui/copy-button";
import type { JobRunner } from "./job-runner";
import { jobReport } from "./plan-changes";
import { useSecondsLeft } from "../../ui/use-seconds-left";
import { formatCount } from "../../ui/format-number";

/** The job where the eye is: counts, the rate-limit countdown, the controls, and at the end the results. */
export function ProgressPanel({ runner, onClose }: { runner: JobRunner; onClose: () => void }) {
  useSyncExternalStore(runner.subscribe, runner.getVersion);
  const c = runner.counts();
  const phase = runner.phase();
  // The gate's deadline re-renders when it moves; the runner's read says whether it still holds.
  useRateLimitDeadline();
  const seconds = useSecondsLeft(runner.rateLimitDeadline());
  const settled = c.done + c.failed + c.conflicts + c.cancelled;
  const [showAll, setShowAll] = useState(false);
  const problems = runner.list().filter((i) => i.status === "failed" || i.status === "conflict");
  const finished = phase === "finished";

  return (
    <section className="progress-panel" aria-labelledby="bulk-job-title" data-phase={phase}>
      <div className="progress-head">
        <h2 id="bulk-job-title">{runner.title}</h2>
        <progress max={c.total} value={settled} aria-label="Progress" />
      </div>
      <p className="progress-counts" role="status">
        {`${formatCount(c.done)} done · ${formatCount(c.failed)} failed · ${formatCount(c.conflicts)} ${c.conflicts === 1 ? "conflict" : "conflicts"} · ${formatCount(c.waiting + c.inFlight)} waiting`}
        {c.cancelled > 0 ? ` · ${formatCount(c.cancelled)} not sent (cancelled)` : ""}
      </p>
      <p className="progress-state" role="status">
        {stateText(runner, phase, seconds, c.inFlight)}
      </p>
      {finished && problems.length > 0 ? (
        <ul className="progress-results" aria-label="Changes not made">
          {(showAll ? problems : problems.slice(0, 50)).map((item) => (
            <li key={`${item.change.iModelId}-${item.change.kind}`}>
              <span className="progress-result-name">{item.change.label}</span>
              <span className={item.status === "failed" ? "error-text" : "progress-conflict"}>
                {item.status === "failed" ? "Failed: " : "Conflict: "}
                {item.reason}
              </span>
            </li>
          ))}
          {!showAll && problems.length > 50 ? (
            <li>
              <button type="button" className="button-small" onClick={() => setShowAll(true)}>
                Show all {formatCount(problems.length)}
              </button>
            </li>
          ) : null}
        </ul>
      ) : null}
      <div className="progress-actions">
        {finished ? (
          <>
            {c.failed > 0 ? (
              <button
                type="button"
                className="button-primary button-small"
                onClick={() => runner.retryFailed()}
              >
                Retry failed ({formatCount(c.failed)})
              </button>
            ) : null}
            <CopyButton text={jobReport(runner.title, runner.list())} label="Copy report" />
            <button type="button" className="button-small" onClick={onClose}>
              Close
            </button>
          </>
        ) : (
          <>
            {phase === "running" || phase === "pausing" ? (
              <button
                type="button"
                className="button-small"
                onClick={() => runner.pause()}
                disabled={phase === "pausing"}
              >
                Pause
              </button>
            ) : (
              <button
                type="button"
                className="button-primary button-small"
                onClick={() => runner.resume()}
              >
                Resume
              </button>
            )}
            <button type="button" className="button-small" onClick={() => runner.cancel()}>
              Cancel
            </button>
          </>
        )}
      </div>
    </section>
  );
}

function stateText(runner: JobRunner, phase: string, seconds: number, inFlight: number): string {
  if (phase === "finished") {
    const c = runner.counts();
    return c.failed + c.conflicts === 0
      ? "Finished."
      : "Finished. The changes below were not made.";
  }
  if (phase === "interrupted") {
    return runner.interruptedBy() === "signIn"
      ? "Paused: sign in again and the job goes on."
      : "Paused: the iTwin Platform could not be reached. Resume when the connection is back.";
  }
  if (phase === "pausing") return `Pausing: ${formatCount(inFlight)} on their way finish first.`;
  if (phase === "paused") return "Paused. Nothing more is sent until you resume.";
  if (seconds > 0) return `Rate limit reached: going on in ${seconds} s.`;
  return "Sending…";
}
