import SvgProcess from "@itwin/itwinui-icons-react/SvgProcess";
import SvgStatusSuccess from "@itwin/itwinui-icons-react/SvgStatusSuccess";
import SvgStatusWarning from "@itwin/itwinui-icons-react/SvgStatusWarning";
import { useQueryClient } from "@tanstack/react-query";
import { useSyncExternalStore } from "react";
import { Link, useLocation } from "react-router";
import { paths } from "../../paths";
import { jobManagerFor } from "./job-manager";
import type { JobPhase, JobRunner } from "./job-runner";
import type { JobCounts } from "./job-types";
import "./job-indicator.css";
import { formatCount } from "../../ui/format-number";

function shortState(phase: JobPhase, c: JobCounts, settled: number): string {
  if (phase === "finished") {
    const problems = c.failed + c.conflicts;
    return problems === 0 ? "Bulk job done" : `Bulk job done, ${formatCount(problems)} not made`;
  }
  if (phase === "paused" || phase === "interrupted") return "Bulk job paused";
  return `Bulk job ${formatCount(settled)} of ${formatCount(c.total)}`;
}

/**
 * The bulk job in the header while the user is away from the list, where its panel is: it goes
 * on there (and after a reload on this page, too), and this says so and leads back to it.
 */
export default function JobIndicator() {
  const manager = jobManagerFor(useQueryClient());
  const runner = useSyncExternalStore(manager.subscribe, manager.current);
  const onList = useLocation().pathname.startsWith(paths.iModels.prefix);
  if (!runner || onList) return null;
  return <Indicator runner={runner} />;
}

function Indicator({ runner }: { runner: JobRunner }) {
  useSyncExternalStore(runner.subscribe, runner.getVersion);
  const c = runner.counts();
  const phase = runner.phase();
  const settled = c.done + c.failed + c.conflicts + c.cancelled;
  const iTwinId = runner.list()[0]?.change.iTwinId;
  const text = shortState(phase, c, settled);
  const finished = phase === "finished";
  const problems = c.failed + c.conflicts > 0;
  // Done, done with changes not made, or going: seen at a glance where the words do not fit.
  const Icon = !finished ? SvgProcess : problems ? SvgStatusWarning : SvgStatusSuccess;
  return (
    <Link
      to={iTwinId ? paths.iModels.href(iTwinId) : paths.start.href()}
      className="header-link job-indicator"
      data-phase={phase}
      data-problems={problems || undefined}
      title={`${runner.title}: ${text.replace("Bulk job ", "")}. Open its list.`}
    >
      <Icon aria-hidden="true" />
      {finished ? null : <progress max={c.total} value={settled} aria-hidden="true" />}
      <span className="header-link-text">{text}</span>
    </Link>
  );
}
