const KEY = "imodel-admin.last-itwin";

/** The iTwin the user looked at last, so the start page can go straight back to it. No secrets here. */
export const lastITwin = {
  get: (): string | null => {
    try {
      return localStorage.getItem(KEY);
    } catch {
      return null;
    }
  },
  set: (id: string): void => {
    try {
      localStorage.setItem(KEY, id);
    } catch {
      // Private mode or full storage: remembering is a convenience only.
    }
  },
};
