import type { IModelOrder } from "../../api/imodels";

export const SORT_OPTIONS: { value: IModelOrder; label: string }[] = [
  { value: "name asc", label: "Name (A–Z)" },
  { value: "name desc", label: "Name (Z–A)" },
  { value: "createdDateTime desc", label: "Newest first" },
  { value: "createdDateTime asc", label: "Oldest first" },
];

export type ListState = { search: string; orderBy: IModelOrder; favoritesOnly: boolean };

const ORDERS = new Set<string>(SORT_OPTIONS.map((option) => option.value));

/** The list's state lives in the URL, so it can be linked, reloaded and gone back to. */
export function readListState(params: URLSearchParams): ListState {
  const sort = params.get("sort") ?? "";
  return {
    search: params.get("q") ?? "",
    orderBy: ORDERS.has(sort) ? (sort as IModelOrder) : "name asc",
    favoritesOnly: params.get("favorites") === "1",
  };
}

export function writeListState(state: ListState): URLSearchParams {
  const params = new URLSearchParams();
  if (state.search) params.set("q", state.search);
  if (state.orderBy !== "name asc") params.set("sort", state.orderBy);
  if (state.favoritesOnly) params.set("favorites", "1");
  return params;
}
