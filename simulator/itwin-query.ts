import type { ErrorDetail } from "./errors";
import type { ITwinRecord } from "./models";
import { queryString } from "./paging";

export const ITWINS_DEFAULT_TOP = 1000;
export const CANNOT_GET_ITWINS = "Cannot get iTwins.";
const STATUSES: readonly ITwinRecord["status"][] = ["Active", "Inactive", "Trial"];

export interface ITwinQuery {
  top: number;
  skip: number;
  subClass?: string;
  search?: string;
  status?: ITwinRecord["status"];
  includeInactive: boolean;
}

function invalid(target: string, message: string): ErrorDetail {
  return { code: "InvalidValue", message, target };
}

/** The query parameters every iTwins list shares; an empty value counts as absent. */
export function parseITwinQuery(
  q: URLSearchParams,
): { ok: true; value: ITwinQuery } | { ok: false; details: ErrorDetail[] } {
  const get = (key: string) => (q.get(key) ? (q.get(key) as string) : undefined);
  const details: ErrorDetail[] = [];
  const top = get("$top") === undefined ? ITWINS_DEFAULT_TOP : Number(get("$top"));
  if (!Number.isInteger(top) || top < 1 || top > 1000)
    details.push(invalid("$top", "Provided '$top' value is not valid. Valid range is 1 to 1000."));
  const skip = get("$skip") === undefined ? 0 : Number(get("$skip"));
  if (!Number.isSafeInteger(skip) || skip < 0)
    details.push(invalid("$skip", "Provided '$skip' value is not valid."));
  const rawStatus = get("status");
  const status = STATUSES.find((s) => s.toLowerCase() === rawStatus?.toLowerCase());
  if (rawStatus !== undefined && !status)
    details.push(
      invalid(
        "status",
        "Provided 'status' value is not valid. Valid values are Active, Inactive and Trial.",
      ),
    );
  const rawInactive = get("includeInactive")?.toLowerCase();
  if (rawInactive !== undefined && rawInactive !== "true" && rawInactive !== "false")
    details.push(invalid("includeInactive", "Provided 'includeInactive' value is not valid."));
  if (rawStatus !== undefined && rawInactive !== undefined)
    details.push({
      code: "InvalidParameterCombination",
      message: "Parameters 'status' and 'includeInactive' cannot be used together.",
      target: "includeInactive",
    });
  if (details.length) return { ok: false, details };
  return {
    ok: true,
    value: {
      top,
      skip,
      subClass: get("subClass"),
      search: get("$search")?.toLowerCase(),
      status,
      includeInactive: rawInactive === "true",
    },
  };
}

/** Active and Trial iTwins unless `status` or `includeInactive` says otherwise. */
export function matchesITwinQuery(t: ITwinRecord, query: ITwinQuery): boolean {
  const statusOk = query.status
    ? t.status === query.status
    : query.includeInactive || t.status !== "Inactive";
  return (
    statusOk &&
    (!query.subClass || t.subClass.toLowerCase() === query.subClass.toLowerCase()) &&
    (!query.search ||
      t.displayName.toLowerCase().includes(query.search) ||
      t.number.toLowerCase().includes(query.search))
  );
}

/** One `$skip` page and its links (the iTwins API still pages with `$skip`). */
export function skipPage<T>(
  items: readonly T[],
  query: ITwinQuery,
  baseUrl: string,
  q: URLSearchParams,
) {
  const href = (at: number) => {
    const params = new URLSearchParams(q);
    params.set("$top", String(query.top));
    params.set("$skip", String(at));
    return { href: `${baseUrl}?${queryString(params)}` };
  };
  const { top, skip } = query;
  return {
    items: items.slice(skip, skip + top),
    links: {
      self: href(skip),
      prev: skip > 0 ? href(Math.max(0, skip - top)) : null,
      next: skip + top < items.length ? href(skip + top) : null,
    },
  };
}
