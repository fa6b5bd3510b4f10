import { queryOptions } from "@tanstack/react-query";
import { z } from "zod/mini";
import { api } from "./api-instance";
import { pageLinksSchema } from "./paged-list";

/** The app only shows history (counts, the latest changeset and version); it never writes it. */

const changesetSchema = z.object({
  id: z.string(),
  index: z.number(),
  description: z.nullish(z.string()),
  pushDateTime: z.string(),
  creatorId: z.nullish(z.string()),
});
export type Changeset = z.infer<typeof changesetSchema>;

const namedVersionSchema = z.object({
  id: z.string(),
  displayName: z.string(),
  name: z.optional(z.string()),
  changesetIndex: z.number(),
  createdDateTime: z.nullish(z.string()),
  state: z.optional(z.string()),
});
export type NamedVersion = z.infer<typeof namedVersionSchema>;

const userSchema = z.object({
  id: z.string(),
  displayName: z.string(),
  email: z.nullish(z.string()),
});
export type IModelUser = z.infer<typeof userSchema>;

const changesetsPageSchema = z.object({
  changesets: z.array(changesetSchema),
  _links: z.optional(pageLinksSchema),
});
const namedVersionsPageSchema = z.object({
  namedVersions: z.array(namedVersionSchema),
  _links: z.optional(pageLinksSchema),
});
const userResponseSchema = z.object({ user: userSchema });

/** Named versions read for the count: one page; more than this reads as "100 or more". */
export const NAMED_VERSIONS_PAGE = 100;

export type NamedVersionsSummary = {
  /** Newest first. */
  versions: NamedVersion[];
  /** The first page was not all of them. */
  more: boolean;
};

const path = (iModelId: string, rest: string) => `/imodels/${encodeURIComponent(iModelId)}/${rest}`;

export const historyKeys = {
  all: (iModelId: string) => ["imodels", "history", iModelId] as const,
  latestChangeset: (iModelId: string) =>
    [...historyKeys.all(iModelId), "latest-changeset"] as const,
  namedVersions: (iModelId: string) => [...historyKeys.all(iModelId), "named-versions"] as const,
  user: (iModelId: string, userId: string) =>
    [...historyKeys.all(iModelId), "user", userId] as const,
};

const HISTORY_STALE_MS = 60_000;

export const historyQueries = {
  /** The newest changeset; its index is also how many there are (indexes run 1, 2, 3, …). */
  latestChangeset: (iModelId: string) =>
    queryOptions({
      queryKey: historyKeys.latestChangeset(iModelId),
      queryFn: async ({ signal }) => {
        const page = await api()({
          path: path(iModelId, "changesets"),
          query: { $top: 1, $orderBy: "index desc" },
          prefer: "return=representation",
          schema: changesetsPageSchema,
          signal,
        });
        return page.changesets[0] ?? null;
      },
      staleTime: HISTORY_STALE_MS,
    }),
  namedVersions: (iModelId: string) =>
    queryOptions({
      queryKey: historyKeys.namedVersions(iModelId),
      queryFn: async ({ signal }): Promise<NamedVersionsSummary> => {
        const page = await api()({
          path: path(iModelId, "namedversions"),
          query: { $top: NAMED_VERSIONS_PAGE, $orderBy: "changesetIndex desc" },
          prefer: "return=representation",
          schema: namedVersionsPageSchema,
          signal,
        });
        return { versions: page.namedVersions, more: Boolean(page._links?.next?.href) };
      },
      staleTime: HISTORY_STALE_MS,
    }),
  /** People rarely change their names: cached for long. */
  user: (iModelId: string, userId: string) =>
    queryOptions({
      queryKey: historyKeys.user(iModelId, userId),
      queryFn: async ({ signal }) =>
        (
          await api()({
            path: path(iModelId, `users/${encodeURIComponent(userId)}`),
            schema: userResponseSchema,
            signal,
          })
        ).user,
      staleTime: 30 * 60_000,
    }),
};

/**
 * The creator's user id from the iModel's creator link (`…/imodels/{id}/users/{userId}`). The
 * app asks its own API base for it rather than following a link to wherever it points.
 */
export function creatorIdFromLink(href: string | null | undefined): string | undefined {
  if (!href) return undefined;
  const match = /\/users\/([^/?#]+)\/?(?:[?#].*)?$/.exec(href);
  return match ? decodeURIComponent(match[1] as string) : undefined;
}
