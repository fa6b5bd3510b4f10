import { lazyValue } from "../../lib/lazy-value";
import type { ITwin } from "../../api/itwins";

export type ITwinSectionKey = "favorites" | "recent" | "all";

export type ITwinSection = { key: ITwinSectionKey; label: string; iTwins: ITwin[] };

export const SECTION_LABELS: Record<ITwinSectionKey, string> = {
  favorites: "Favorites",
  recent: "Recent",
  all: "All iTwins",
};

type Input = {
  /** The iTwins the user may see now (with or without inactive ones): the sections never show more. */
  all: readonly ITwin[];
  /** Favorite iTwin ids, in the service's order (oldest favorite first). */
  favoriteIds: readonly string[];
  /** Recent iTwin ids, most recent first. */
  recentIds: readonly string[];
  /** At most this many recents (the picker keeps the list short; the service keeps 25). */
  recentLimit?: number;
  /**
   * "distinct": every iTwin once (a listbox cannot have one option twice), so Recent leaves out
   * favorites and All leaves out both. "complete": All lists every iTwin, as a directory does.
   */
  mode: "distinct" | "complete";
};

/**
 * Favorites first, then recently used iTwins, then all of them by name. Ids the user can no longer
 * see (removed, inactive while inactive ones are hidden) are dropped; empty sections too.
 */
export function buildITwinSections(input: Input): ITwinSection[] {
  const byId = new Map(input.all.map((iTwin) => [iTwin.id, iTwin]));
  const pick = (ids: readonly string[], skip: ReadonlySet<string>) => {
    const seen = new Set<string>();
    const out: ITwin[] = [];
    for (const id of ids) {
      const iTwin = byId.get(id);
      if (!iTwin || skip.has(id) || seen.has(id)) continue;
      seen.add(id);
      out.push(iTwin);
    }
    return out;
  };
  const favorites = pick(input.favoriteIds, new Set());
  const favoriteIds = new Set(favorites.map((iTwin) => iTwin.id));
  const recent = pick(input.recentIds, favoriteIds).slice(0, input.recentLimit ?? Infinity);
  const shown = new Set([...favoriteIds, ...recent.map((iTwin) => iTwin.id)]);
  const rest = input.all.filter((iTwin) => input.mode === "complete" || !shown.has(iTwin.id));
  const all = [...rest].sort(byName);
  const sections: ITwinSection[] = [
    { key: "favorites", label: SECTION_LABELS.favorites, iTwins: favorites },
    { key: "recent", label: SECTION_LABELS.recent, iTwins: recent },
    { key: "all", label: SECTION_LABELS.all, iTwins: all },
  ];
  return sections.filter((section) => section.iTwins.length > 0);
}

// Made when iTwins are first sorted, not while the app loads.
const collator = lazyValue(
  () => new Intl.Collator(undefined, { numeric: true, sensitivity: "base" }),
);
function byName(a: ITwin, b: ITwin): number {
  const { compare } = collator();
  return compare(a.displayName, b.displayName) || compare(a.id, b.id);
}

export function isInactive(iTwin: ITwin): boolean {
  return iTwin.status === "Inactive";
}
