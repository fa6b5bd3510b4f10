import type { IModel, IModelOrder } from "../../api/imodels";
import { lazyValue } from "../../lib/lazy-value";
import type { PendingFavorite } from "./favorite-store";

/** Like the service's `$search`: name or description contains the text, ignoring case. */
export function matchesSearch(iModel: IModel, search: string): boolean {
  const text = search.trim().toLowerCase();
  if (!text) return true;
  return (
    iModel.name.toLowerCase().includes(text) ||
    (iModel.description ?? "").toLowerCase().includes(text)
  );
}

// Made when a list is first sorted, not while the app loads.
const collator = lazyValue(() => new Intl.Collator("en", { sensitivity: "base" }));

/** The service's order for `$orderBy`, for lists the app holds in full. */
export function sortIModels(iModels: readonly IModel[], orderBy: IModelOrder): IModel[] {
  const [field, direction] = orderBy.split(" ") as ["name" | "createdDateTime", "asc" | "desc"];
  const sign = direction === "desc" ? -1 : 1;
  const byId = (a: IModel, b: IModel) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);
  const compare =
    field === "name"
      ? (a: IModel, b: IModel) => collator().compare(a.name, b.name) || byId(a, b)
      : (a: IModel, b: IModel) =>
          a.createdDateTime < b.createdDateTime
            ? -1
            : a.createdDateTime > b.createdDateTime
              ? 1
              : byId(a, b);
  return [...iModels].sort((a, b) => sign * compare(a, b));
}

/** The favorites as the user currently sees them: the server's, with the stars still on their way applied. */
export function withPending(
  favorites: readonly IModel[],
  pending: readonly PendingFavorite[],
  iTwinId: string,
): IModel[] {
  const wanted = new Map(
    pending.filter((p) => p.iModel.iTwinId === iTwinId).map((p) => [p.iModel.id, p]),
  );
  const kept = favorites.filter((iModel) => wanted.get(iModel.id)?.wanted !== false);
  const keptIds = new Set(kept.map((iModel) => iModel.id));
  const added = [...wanted.values()]
    .filter((p) => p.wanted && !keptIds.has(p.iModel.id))
    .map((p) => p.iModel);
  return [...kept, ...added];
}

/** The favorites matching the search, in the chosen order. */
export function favoritesView(
  favorites: readonly IModel[],
  search: string,
  orderBy: IModelOrder,
): IModel[] {
  return sortIModels(
    favorites.filter((iModel) => matchesSearch(iModel, search)),
    orderBy,
  );
}

/** Favorites on top, then the server's rows without them. */
export function favoritesFirst(favorites: readonly IModel[], rows: readonly IModel[]): IModel[] {
  const ids = new Set(favorites.map((iModel) => iModel.id));
  return [...favorites, ...rows.filter((iModel) => !ids.has(iModel.id))];
}
