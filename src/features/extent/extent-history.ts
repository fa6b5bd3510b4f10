import { sameExtent, type Extent } from "./extent";

/**
 * Undo and redo of the extent alone (the form's Discard is another thing). `group`
 * names a run of changes that is one step to undo: the keystrokes typed in one field.
 */
export type ExtentHistory = {
  past: readonly (Extent | null)[];
  future: readonly (Extent | null)[];
  group: string | null;
};

export const emptyHistory: ExtentHistory = { past: [], future: [], group: null };

/** A cap, so a long visit of nudges does not grow without end. */
const LIMIT = 100;

/** `from` is the extent before the change. */
export function record(
  h: ExtentHistory,
  from: Extent | null,
  to: Extent | null,
  group: string | null = null,
): ExtentHistory {
  if (sameExtent(from, to)) return h;
  if (group !== null && group === h.group) return { ...h, future: [] };
  return { past: [...h.past, from].slice(-LIMIT), future: [], group };
}

export type HistoryStep = { history: ExtentHistory; extent: Extent | null };

export function undo(h: ExtentHistory, present: Extent | null): HistoryStep | null {
  if (h.past.length === 0) return null;
  const extent = h.past[h.past.length - 1]!;
  return {
    extent,
    history: { past: h.past.slice(0, -1), future: [present, ...h.future], group: null },
  };
}

export function redo(h: ExtentHistory, present: Extent | null): HistoryStep | null {
  if (h.future.length === 0) return null;
  const extent = h.future[0]!;
  return {
    extent,
    history: { past: [...h.past, present], future: h.future.slice(1), group: null },
  };
}

/** Ends a group: the next change in the same field is a step of its own. */
export function closeGroup(h: ExtentHistory): ExtentHistory {
  return h.group === null ? h : { ...h, group: null };
}
