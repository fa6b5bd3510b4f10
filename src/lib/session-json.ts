// JSON kept in sessionStorage, best effort: a blocked, full or foreign storage (a private
// window, a quota, a sandboxed frame) reads as nothing and writes nothing, and never throws.

function storageOrNull(storage?: Storage): Storage | null {
  try {
    return storage ?? window.sessionStorage;
  } catch {
    return null;
  }
}

/** The value under `key`; undefined when there is none, or it cannot be read or parsed. */
export function readSessionJson(key: string, storage?: Storage): unknown {
  try {
    const raw = storageOrNull(storage)?.getItem(key);
    return raw ? (JSON.parse(raw) as unknown) : undefined;
  } catch {
    return undefined;
  }
}

/** Keeps `value` under `key`, or removes the key for undefined; false when it could not. */
export function writeSessionJson(key: string, value: unknown, storage?: Storage): boolean {
  try {
    const store = storageOrNull(storage);
    if (!store) return false;
    if (value === undefined) store.removeItem(key);
    else store.setItem(key, JSON.stringify(value));
    return true;
  } catch {
    return false;
  }
}

/** Whether anything is kept under `key`, without parsing it. */
export function hasSessionItem(key: string, storage?: Storage): boolean {
  try {
    return Boolean(storageOrNull(storage)?.getItem(key));
  } catch {
    return false;
  }
}
