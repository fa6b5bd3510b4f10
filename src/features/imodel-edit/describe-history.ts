import type { Changeset, NamedVersionsSummary } from "../../api/imodel-history";
import { formatCount } from "../../ui/format-number";

type Status = "loading" | "error" | "success";

/** The changesets row and the tail of "Last change", from the newest changeset alone. */
export function describeHistory(
  latest: Changeset | null | undefined,
  status: Status,
): { kind: "loading" | "error" | "none" | "some"; count: string; latest?: string } {
  if (status === "loading") return { kind: "loading", count: "Loading…" };
  if (status === "error" || latest === undefined)
    return { kind: "error", count: "Could not be read" };
  if (latest === null) return { kind: "none", count: "None yet" };
  const text = latest.description?.trim();
  // Indexes run 1, 2, 3, …, so the newest one's index is how many there are.
  return {
    kind: "some",
    count: formatCount(latest.index),
    latest: `changeset ${formatCount(latest.index)}${text ? `, “${text}”` : ""}`,
  };
}

export function describeNamedVersions(
  summary: NamedVersionsSummary | undefined,
  status: Status,
): string {
  if (status === "loading") return "Loading…";
  if (status === "error" || !summary) return "Could not be read";
  const [newest] = summary.versions;
  if (!newest) return "None";
  const how = summary.more
    ? `More than ${formatCount(summary.versions.length)}`
    : formatCount(summary.versions.length);
  return `${how}; the latest is “${newest.name ?? newest.displayName}”`;
}
