import type { IModelOrder } from "../../api/imodels";

/** "Favorites first": the favorites on top, then the rest by name. */
export const FAVORITES_FIRST = "favorites";

export type ListSort = IModelOrder | typeof FAVORITES_FIRST;

export const SORT_OPTIONS: { value: ListSort; label: string }[] = [
  { value: "name asc", label: "Name (A–Z)" },
  { value: "name desc", label: "Name (Z–A)" },
  { value: "createdDateTime desc", label: "Newest first" },
  { value: "createdDateTime asc", label: "Oldest first" },
  { value: FAVORITES_FIRST, label: "Favorites first" },
];

export const VIEWS = ["list", "tiles", "table"] as const;
export type ListView = (typeof VIEWS)[number];

export type ListState = {
  search: string;
  sort: ListSort;
  favoritesOnly: boolean;
  /** The user's recent iModels, most recent first (the sort does not apply). */
  recentOnly: boolean;
  /** Absent from the URL: the view the user chose last (see view-choice.ts). */
  view: ListView | null;
};

const SORTS = new Set<string>(SORT_OPTIONS.map((option) => option.value));

/** The order the service is asked for; "Favorites first" lists the rest by name. */
export function serverOrder(sort: ListSort): IModelOrder {
  return sort === FAVORITES_FIRST ? "name asc" : sort;
}

/** The list's state lives in the URL, so it can be linked, reloaded and gone back to. */
export function readListState(params: URLSearchParams): ListState {
  const sort = params.get("sort") ?? "";
  const view = params.get("view") ?? "";
  return {
    search: params.get("q") ?? "",
    sort: SORTS.has(sort) ? (sort as ListSort) : "name asc",
    favoritesOnly: params.get("favorites") === "1",
    recentOnly: params.get("recent") === "1",
    view: (VIEWS as readonly string[]).includes(view) ? (view as ListView) : null,
  };
}

export function writeListState(state: ListState): URLSearchParams {
  const params = new URLSearchParams();
  if (state.search) params.set("q", state.search);
  if (state.sort !== "name asc") params.set("sort", state.sort);
  if (state.favoritesOnly) params.set("favorites", "1");
  if (state.recentOnly) params.set("recent", "1");
  if (state.view) params.set("view", state.view);
  return params;
}

/** How many filters differ from the defaults: the count on the phone's "Filters" button. */
export function activeFilterCount(state: ListState): number {
  return (
    Number(state.search !== "") +
    Number(state.sort !== "name asc") +
    Number(state.favoritesOnly) +
    Number(state.recentOnly)
  );
}
