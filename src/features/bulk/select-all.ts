import { api } from "../../api/api-instance";
import { iModelsPageSchema, type IModel, type IModelListParams } from "../../api/imodels";
import { nextPageHref } from "../../api/paged-list";
import { SELECT_ALL_CAP } from "./selection";

/** What "Select all matching" selects: the current search (read from the service) or rows already held in full. */
export type MatchingSource =
  | {
      kind: "search";
      params: IModelListParams;
      /** Known once every page is loaded. */ total?: number;
    }
  | { kind: "held"; iModels: readonly IModel[] };

/** The service's largest page, so 5,000 iModels take five requests. */
const PAGE = 1000;

export function knownTotal(source: MatchingSource): number | undefined {
  return source.kind === "held" ? source.iModels.length : source.total;
}

/**
 * Every iModel of the search, page by page through the continuation links, stopping at the
 * cap; `more` says iModels beyond the cap match too.
 */
export async function readMatching(
  source: MatchingSource,
  options: { cap?: number; signal?: AbortSignal; onProgress?: (read: number) => void } = {},
): Promise<{ iModels: IModel[]; more: boolean }> {
  const cap = options.cap ?? SELECT_ALL_CAP;
  if (source.kind === "held")
    return { iModels: source.iModels.slice(0, cap), more: source.iModels.length > cap };
  const { iTwinId, search, orderBy } = source.params;
  const all: IModel[] = [];
  let next: string | undefined;
  do {
    const page = await api()({
      path: next ?? "/imodels",
      query: next
        ? undefined
        : { iTwinId, $top: Math.min(PAGE, cap), $orderBy: orderBy, $search: search.trim() },
      prefer: "return=representation",
      schema: iModelsPageSchema,
      signal: options.signal,
    });
    all.push(...page.iModels);
    options.onProgress?.(all.length);
    next = nextPageHref(page._links);
  } while (next && all.length < cap);
  return { iModels: all.slice(0, cap), more: all.length > cap || next !== undefined };
}
