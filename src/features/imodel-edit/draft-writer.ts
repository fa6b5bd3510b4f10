/**
 * Debounced writes of a value to storage, keyed by what the value means. A change back
 * to what storage already holds drops the pending write: otherwise a letter typed and
 * erased at once, or a discard within the debounce, would be written on pagehide and come
 * back as a "restored" draft.
 */
export type DraftWriter<T> = {
  /** Storage holds `key` now (at mount, or after something else wrote or cleared it). */
  settled: (key: string) => void;
  change: (key: string, value: T) => void;
  /** Writes the pending value at once (pagehide, unmount). */
  flush: () => void;
  hasPending: () => boolean;
};

export function createDraftWriter<T>(write: (value: T) => void, delayMs: number): DraftWriter<T> {
  let written: string | null = null;
  let pending: { key: string; value: T } | null = null;
  let timer: ReturnType<typeof setTimeout> | undefined;

  const drop = () => {
    clearTimeout(timer);
    timer = undefined;
    pending = null;
  };
  const flush = () => {
    if (!pending) return;
    const { key, value } = pending;
    drop();
    written = key;
    write(value);
  };

  return {
    settled: (key) => {
      drop();
      written = key;
    },
    change: (key, value) => {
      if (written === null) {
        written = key;
        return;
      }
      if (key === written) {
        drop();
        return;
      }
      if (pending?.key === key) return;
      clearTimeout(timer);
      pending = { key, value };
      timer = setTimeout(flush, delayMs);
    },
    flush,
    hasPending: () => pending !== null,
  };
}
