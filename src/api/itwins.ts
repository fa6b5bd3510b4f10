import { queryOptions } from "@tanstack/react-query";
import { z } from "zod/mini";
import { api } from "./api-instance";
import { ACCEPT_V1 } from "./client";
import { pageLinksSchema, readAllPages } from "./paged-list";

/** Absent or null both read as null: older iTwins have no location (the service added it in 2024-10). */
function orNull<T extends z.ZodMiniType>(schema: T) {
  return z.pipe(
    z.nullish(schema),
    z.transform((value: z.output<T> | null | undefined) => value ?? null),
  );
}

export const iTwinSchema = z.object({
  id: z.string(),
  displayName: z.string(),
  number: z.nullish(z.string()),
  subClass: z.optional(z.string()),
  status: z.optional(z.string()),
  dataCenterLocation: z.optional(z.string()),
  createdDateTime: z.optional(z.string()),
  latitude: orNull(z.number()),
  longitude: orNull(z.number()),
  /** A place name, e.g. "Copenhagen, Denmark". */
  geographicLocation: orNull(z.string()),
});

export type ITwin = z.infer<typeof iTwinSchema>;

export const iTwinsPageSchema = z.object({
  iTwins: z.array(iTwinSchema),
  _links: z.optional(pageLinksSchema),
});

export const iTwinKeys = {
  all: ["itwins"] as const,
  mine: () => [...iTwinKeys.all, "mine"] as const,
  /** Inactive iTwins are asked for separately: the service hides them unless told otherwise. */
  mineWith: (includeInactive: boolean) =>
    includeInactive ? ([...iTwinKeys.mine(), "includeInactive"] as const) : iTwinKeys.mine(),
};

/** The query for a list of iTwins; inactive ones only when asked (the default hides them). */
export function iTwinListQuery(includeInactive: boolean, top = 1000) {
  return {
    subClass: "Project",
    $top: top,
    includeInactive: includeInactive ? "true" : undefined,
  };
}

/** Every page of a list of iTwins, as full iTwins. */
export function readAllITwins(
  path: string,
  query: ReturnType<typeof iTwinListQuery>,
  signal?: AbortSignal,
): Promise<ITwin[]> {
  return readAllPages(
    (next) =>
      api()({
        path: next ?? path,
        query: next ? undefined : query,
        accept: ACCEPT_V1,
        prefer: "return=representation",
        schema: iTwinsPageSchema,
        signal,
      }),
    (page) => page.iTwins,
  );
}

export const iTwinQueries = {
  mine: (includeInactive = false) =>
    queryOptions({
      queryKey: iTwinKeys.mineWith(includeInactive),
      // The stand-in and most users have a handful of iTwins, so every page is read.
      queryFn: ({ signal }) => readAllITwins("/itwins", iTwinListQuery(includeInactive), signal),
      staleTime: 5 * 60_000,
    }),
};
