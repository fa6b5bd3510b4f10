import { VIEWS, type ListView } from "./list-search-params";

const KEY = "imodel-admin.list-view";

/** The view the user chose last, for lists opened without `?view=`. */
export const viewChoice = {
  get(storage: Storage = localStorage): ListView {
    try {
      const saved = storage.getItem(KEY) ?? "";
      return (VIEWS as readonly string[]).includes(saved) ? (saved as ListView) : "list";
    } catch {
      return "list";
    }
  },
  set(view: ListView, storage: Storage = localStorage): void {
    try {
      storage.setItem(KEY, view);
    } catch {
      // Storage blocked: the URL still carries the view.
    }
  },
};
