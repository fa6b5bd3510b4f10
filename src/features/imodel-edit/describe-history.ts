import type { Changeset, NamedVersionsSummary } from "../../api/imodel-history";

type Status = "loading" | "error" | "success";

const count = (n: number) => n.toLocaleString();

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
    count: count(latest.index),
    latest: `changeset ${count(latest.index)}${text ? `, “${text}”` : ""}`,
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
    ? `More than ${count(summary.versions.length)}`
    : count(summary.versions.length);
  return `${how}; the latest is “${newest.name ?? newest.displayName}”`;
}
