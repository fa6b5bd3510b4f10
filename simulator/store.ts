import { HistoryStore } from "./history";
import type { IModelRecord, IModelState, ITwinRecord } from "./models";
import { PersonalLists } from "./personal-lists";
import { seedIModels } from "./seed-data";
import { SEED_ITWINS } from "./seed-itwins";
import { ThumbnailStore } from "./thumbnails";

export type OrderBy = "name asc" | "name desc" | "createdDateTime asc" | "createdDateTime desc";

export interface IModelFilter {
  search?: string;
  name?: string;
  state?: IModelState;
  orderBy?: OrderBy;
}

export type IModelChanges = {
  -readonly [K in "name" | "description" | "extent"]?: IModelRecord[K];
};

const collator = new Intl.Collator("en", { sensitivity: "base" });

function comparator(orderBy: OrderBy): (a: IModelRecord, b: IModelRecord) => number {
  const [field, direction] = orderBy.split(" ") as ["name" | "createdDateTime", "asc" | "desc"];
  const sign = direction === "desc" ? -1 : 1;
  return field === "name"
    ? (a, b) => sign * (collator.compare(a.name, b.name) || (a.id < b.id ? -1 : 1))
    : (a, b) =>
        sign *
        (a.createdDateTime < b.createdDateTime
          ? -1
          : a.createdDateTime > b.createdDateTime
            ? 1
            : a.id < b.id
              ? -1
              : 1);
}

/** The stand-in's data: iTwins, iModels and favorites, in memory, back to the seed on reset. */
export class Store {
  readonly itwins: readonly ITwinRecord[] = SEED_ITWINS;
  private imodels = new Map<string, IModelRecord>();
  private byITwin = new Map<string, IModelRecord[]>();
  private sorted = new Map<string, IModelRecord[]>();
  private favorites = new Map<string, Set<string>>();
  /** Favorite and recent iTwins, recent iModels. */
  readonly personal = new PersonalLists();
  readonly thumbnails = new ThumbnailStore();
  /** Changesets and named versions, drawn per iModel on first use. */
  readonly history = new HistoryStore();

  constructor() {
    this.reset();
  }

  reset(): void {
    this.imodels = new Map();
    this.byITwin = new Map();
    this.sorted = new Map();
    this.favorites = new Map();
    this.personal.reset();
    this.thumbnails.reset();
    this.history.reset();
    for (const imodel of seedIModels()) {
      this.imodels.set(imodel.id, imodel);
      const list = this.byITwin.get(imodel.iTwinId) ?? [];
      list.push(imodel);
      this.byITwin.set(imodel.iTwinId, list);
    }
  }

  getITwin(id: string): ITwinRecord | undefined {
    const wanted = id.toLowerCase();
    return this.itwins.find((itwin) => itwin.id === wanted);
  }

  getIModel(id: string): IModelRecord | undefined {
    return this.imodels.get(id.toLowerCase());
  }

  /** The iTwin's iModels matching the filter, in the requested order (cached per order). */
  listIModels(iTwinId: string, filter: IModelFilter): IModelRecord[] {
    let list = this.byITwin.get(iTwinId) ?? [];
    if (filter.orderBy) {
      const key = `${iTwinId}|${filter.orderBy}`;
      let sorted = this.sorted.get(key);
      if (!sorted) {
        sorted = [...list].sort(comparator(filter.orderBy));
        this.sorted.set(key, sorted);
      }
      list = sorted;
    }
    const search = filter.search?.toLowerCase();
    if (!search && filter.name === undefined && !filter.state) return list;
    return list.filter(
      (m) =>
        (filter.name === undefined || m.name === filter.name) &&
        (!filter.state || m.state === filter.state) &&
        (!search ||
          m.name.toLowerCase().includes(search) ||
          (m.description ?? "").toLowerCase().includes(search)),
    );
  }

  /** Another iModel of the iTwin already has this name (compared case-insensitively). */
  nameTaken(iTwinId: string, name: string, exceptId: string): boolean {
    const wanted = name.toLowerCase();
    return (this.byITwin.get(iTwinId) ?? []).some(
      (m) => m.id !== exceptId && m.name.toLowerCase() === wanted,
    );
  }

  updateIModel(id: string, changes: IModelChanges): IModelRecord {
    const current = this.getIModel(id);
    if (!current) throw new Error(`unknown iModel ${id}`);
    const next: IModelRecord = { ...current, ...changes };
    this.imodels.set(current.id, next);
    const list = this.byITwin.get(current.iTwinId) ?? [];
    list[list.indexOf(current)] = next;
    for (const key of [...this.sorted.keys()]) {
      if (key.startsWith(`${current.iTwinId}|`)) this.sorted.delete(key);
    }
    return next;
  }

  favoriteIds(user: string): Set<string> {
    let set = this.favorites.get(user);
    if (!set) {
      set = new Set();
      this.favorites.set(user, set);
    }
    return set;
  }

  /** The user's favorites in one iTwin, oldest first. */
  listFavorites(user: string, iTwinId: string): IModelRecord[] {
    return [...this.favoriteIds(user)]
      .map((id) => this.imodels.get(id))
      .filter((m): m is IModelRecord => m !== undefined && m.iTwinId === iTwinId);
  }
}
