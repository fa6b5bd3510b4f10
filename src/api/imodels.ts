import {
  infiniteQueryOptions,
  queryOptions,
  type InfiniteData,
  type QueryClient,
} from "@tanstack/react-query";
import { z } from "zod/mini";
import { api } from "./api-instance";
import { nextPageHref, pageLinksSchema, readAllPages } from "./paged-list";

/** Absent or null both read as null, which is what the app works with. */
function orNull<T extends z.ZodMiniType>(schema: T) {
  return z.pipe(
    z.nullish(schema),
    z.transform((value: z.output<T> | null | undefined) => value ?? null),
  );
}

const coordinateSchema = z.object({ latitude: z.number(), longitude: z.number() });
export const apiExtentSchema = z.object({
  southWest: coordinateSchema,
  northEast: coordinateSchema,
});

export const iModelSchema = z.object({
  id: z.string(),
  displayName: z.string(),
  name: z.string(),
  description: orNull(z.string()),
  state: z.string(),
  createdDateTime: z.string(),
  lastChangesetPushDateTime: z.nullish(z.string()),
  iTwinId: z.string(),
  isSecured: z.optional(z.boolean()),
  extent: orNull(apiExtentSchema),
  containersEnabled: z.optional(z.number()),
  dataCenterLocation: z.optional(z.string()),
  _links: z.optional(z.record(z.string(), z.nullish(z.object({ href: z.string() })))),
});

export type IModel = z.infer<typeof iModelSchema>;
export type ApiExtentValue = z.infer<typeof apiExtentSchema>;

export const iModelsPageSchema = z.object({
  iModels: z.array(iModelSchema),
  _links: z.optional(pageLinksSchema),
});

export type IModelsPage = z.infer<typeof iModelsPageSchema>;

const iModelResponseSchema = z.object({ iModel: iModelSchema });
const permissionsSchema = z.object({ permissions: z.array(z.string()) });

export type IModelOrder = "name asc" | "name desc" | "createdDateTime asc" | "createdDateTime desc";
export type IModelListParams = { iTwinId: string; search: string; orderBy: IModelOrder };

export const PAGE_SIZE = 100;

export const iModelKeys = {
  all: ["imodels"] as const,
  lists: () => [...iModelKeys.all, "list"] as const,
  list: (params: IModelListParams) => [...iModelKeys.lists(), params] as const,
  details: () => [...iModelKeys.all, "detail"] as const,
  detail: (id: string) => [...iModelKeys.details(), id] as const,
  permissions: (id: string) => [...iModelKeys.all, "permissions", id] as const,
};

export const iModelQueries = {
  list: (params: IModelListParams) =>
    infiniteQueryOptions({
      queryKey: iModelKeys.list(params),
      queryFn: ({ pageParam, signal }) =>
        api()({
          path: pageParam ?? "/imodels",
          query: pageParam
            ? undefined
            : {
                iTwinId: params.iTwinId,
                $top: PAGE_SIZE,
                $orderBy: params.orderBy,
                $search: params.search.trim(),
              },
          prefer: "return=representation",
          schema: iModelsPageSchema,
          signal,
        }),
      initialPageParam: undefined as string | undefined,
      getNextPageParam: (lastPage) => nextPageHref(lastPage._links),
    }),
  detail: (id: string) =>
    queryOptions({
      queryKey: iModelKeys.detail(id),
      queryFn: ({ signal }) => fetchIModel(id, signal),
    }),
  permissions: (id: string) =>
    queryOptions({
      queryKey: iModelKeys.permissions(id),
      queryFn: async ({ signal }) =>
        (
          await api()({
            path: `/imodels/${encodeURIComponent(id)}/permissions`,
            schema: permissionsSchema,
            signal,
          })
        ).permissions,
      staleTime: 5 * 60_000,
    }),
};

function fetchIModel(id: string, signal?: AbortSignal): Promise<IModel> {
  return api()({
    path: `/imodels/${encodeURIComponent(id)}`,
    schema: iModelResponseSchema,
    signal,
  }).then((response) => response.iModel);
}

/**
 * The one fresh read of an iModel, bypassing the cache (the save flow compares it with what
 * the form was loaded from): what it finds is written to the detail cache.
 */
export async function rereadIModel(
  queryClient: QueryClient,
  id: string,
  signal?: AbortSignal,
): Promise<IModel> {
  const fresh = await fetchIModel(id, signal);
  queryClient.setQueryData(iModelKeys.detail(id), fresh);
  return fresh;
}

export type IModelUpdate = Partial<{
  name: string;
  description: string | null;
  extent: ApiExtentValue | null;
}>;

export async function updateIModel(
  id: string,
  changes: IModelUpdate,
  signal?: AbortSignal,
): Promise<IModel> {
  const response = await api()({
    method: "PATCH",
    path: `/imodels/${encodeURIComponent(id)}`,
    body: changes,
    schema: iModelResponseSchema,
    signal,
  });
  return response.iModel;
}

/** An iModel already in a cached list, so the detail page can show it before its own request returns. */
export function findIModelInLists(queryClient: QueryClient, id: string): IModel | undefined {
  for (const [, data] of queryClient.getQueriesData<InfiniteData<IModelsPage>>({
    queryKey: iModelKeys.lists(),
  })) {
    for (const page of data?.pages ?? []) {
      const found = page.iModels.find((iModel) => iModel.id === id);
      if (found) return found;
    }
  }
  return undefined;
}

/** Writes a saved iModel into the detail cache and every cached list holding it: no refetch storm. */
export function storeSavedIModel(queryClient: QueryClient, saved: IModel): void {
  queryClient.setQueryData(iModelKeys.detail(saved.id), saved);
  queryClient.setQueriesData<InfiniteData<IModelsPage>>(
    { queryKey: iModelKeys.lists() },
    (data) => {
      if (!data?.pages.some((page) => page.iModels.some((iModel) => iModel.id === saved.id)))
        return data;
      return {
        ...data,
        pages: data.pages.map((page) => ({
          ...page,
          iModels: page.iModels.map((iModel) => (iModel.id === saved.id ? saved : iModel)),
        })),
      };
    },
  );
}

/** Every page of one of the user's iModel lists (favorites, recents), as full iModels. */
export function readAllIModels(
  path: string,
  query: Record<string, string | number>,
  signal?: AbortSignal,
): Promise<IModel[]> {
  return readAllPages(
    (next) =>
      api()({
        path: next ?? path,
        query: next ? undefined : query,
        prefer: "return=representation",
        schema: iModelsPageSchema,
        signal,
      }),
    (page) => page.iModels,
  );
}
