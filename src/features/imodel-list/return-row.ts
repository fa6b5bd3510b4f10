const KEY = "imodel-admin.return-row";

type ReturnRow = { entry: string; iModelId: string };

/**
 * The row the user opened from a list, per history entry, so Back can bring them to the same
 * row with focus on its link. In sessionStorage, as the history entry it belongs to is.
 */
export const returnRow = {
  remember(entry: string, iModelId: string, storage: Storage = sessionStorage): void {
    try {
      storage.setItem(KEY, JSON.stringify({ entry, iModelId } satisfies ReturnRow));
    } catch {
      // Storage blocked: Back still restores the scroll position, only not the focus.
    }
  },
  /** The iModel opened from this history entry, if that is where the user came back to. */
  get(entry: string, storage: Storage = sessionStorage): string | null {
    try {
      const saved = JSON.parse(storage.getItem(KEY) ?? "null") as Partial<ReturnRow> | null;
      if (saved?.entry !== entry || typeof saved.iModelId !== "string") return null;
      return saved.iModelId;
    } catch {
      return null;
    }
  },
};
