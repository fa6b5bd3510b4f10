/** Per-user lists: favorite and recent iTwins, recent iModels per iTwin. Back to empty on reset. */

export const RECENTS_LIMIT = 25;

/** Moves `id` to the front of `list`, keeping at most RECENTS_LIMIT entries (the oldest drops off). */
function touch(list: string[], id: string): void {
  const at = list.indexOf(id);
  if (at >= 0) list.splice(at, 1);
  list.unshift(id);
  list.length = Math.min(list.length, RECENTS_LIMIT);
}

function entry<V>(map: Map<string, V>, key: string, make: () => V): V {
  let value = map.get(key);
  if (value === undefined) {
    value = make();
    map.set(key, value);
  }
  return value;
}

export class PersonalLists {
  private iTwinFavorites = new Map<string, Set<string>>();
  private iTwinRecents = new Map<string, string[]>();
  private iModelRecents = new Map<string, string[]>();

  reset(): void {
    this.iTwinFavorites = new Map();
    this.iTwinRecents = new Map();
    this.iModelRecents = new Map();
  }

  /** Oldest favorite first. */
  favoriteITwins(user: string): Set<string> {
    return entry(this.iTwinFavorites, user, () => new Set<string>());
  }

  /** Most recent first, at most RECENTS_LIMIT. */
  recentITwins(user: string): readonly string[] {
    return entry(this.iTwinRecents, user, () => []);
  }

  touchITwin(user: string, iTwinId: string): void {
    touch(
      entry(this.iTwinRecents, user, () => []),
      iTwinId,
    );
  }

  /** Most recent first, at most RECENTS_LIMIT per user and iTwin. */
  recentIModels(user: string, iTwinId: string): readonly string[] {
    return entry(this.iModelRecents, `${user}|${iTwinId}`, () => []);
  }

  touchIModel(user: string, iTwinId: string, iModelId: string): void {
    touch(
      entry(this.iModelRecents, `${user}|${iTwinId}`, () => []),
      iModelId,
    );
  }

  forgetIModel(user: string, iTwinId: string, iModelId: string): void {
    const list = entry(this.iModelRecents, `${user}|${iTwinId}`, () => []);
    const at = list.indexOf(iModelId);
    if (at >= 0) list.splice(at, 1);
  }
}
