/**
 * How one star converges on the server: a pure state machine, one entry per iModel.
 *
 * - A click flips `wanted` at once (the star never waits for the network).
 * - At most one request is in flight per iModel; when it returns and `wanted` still
 *   differs from `confirmed`, one more request goes out.
 * - A burst is a run of clicks less than SETTLE_MS apart. The first click of a burst
 *   sends at once; any later request waits until the clicks have been quiet for
 *   SETTLE_MS. So a burst costs at most two requests (one at its start, one after it),
 *   however fast the server answers.
 * - A failure puts `wanted` back to `confirmed`, which is what the server holds.
 */

export const SETTLE_MS = 500;

export type FavoriteEntry = {
  /** What the server last confirmed. */
  confirmed: boolean;
  /** What the last click asked for; what the star shows. */
  wanted: boolean;
  /** Whether a request is in flight; it asks for `!confirmed`. */
  inFlight: boolean;
  /** When the last click happened (ms); -Infinity before the first. */
  lastClickAt: number;
};

export type FavoriteEffect =
  /** Start the one request for this iModel. */
  | { type: "send"; favorite: boolean }
  /** Call `settle` at this moment (ms). */
  | { type: "wake"; at: number }
  /** The server now holds `favorite`: write it where the app reads server state. */
  | { type: "confirmed"; favorite: boolean }
  /** The request for `favorite` failed and the star went back: tell the user. */
  | { type: "rolledBack"; favorite: boolean; error: unknown };

export type FavoriteStep = { entry: FavoriteEntry; effects: FavoriteEffect[] };

export function newEntry(serverState: boolean): FavoriteEntry {
  return { confirmed: serverState, wanted: serverState, inFlight: false, lastClickAt: -Infinity };
}

/** Nothing left to do and no burst to wait out: the entry can be forgotten. */
export function isSettled(entry: FavoriteEntry, now: number): boolean {
  return (
    !entry.inFlight && entry.wanted === entry.confirmed && now - entry.lastClickAt >= SETTLE_MS
  );
}

export function click(entry: FavoriteEntry, now: number): FavoriteStep {
  const startsBurst = now - entry.lastClickAt >= SETTLE_MS;
  return advance({ ...entry, wanted: !entry.wanted, lastClickAt: now }, now, startsBurst);
}

export function succeeded(entry: FavoriteEntry, now: number): FavoriteStep {
  const confirmed = !entry.confirmed;
  const step = advance({ ...entry, confirmed, inFlight: false }, now, quiet(entry, now));
  return {
    entry: step.entry,
    effects: [{ type: "confirmed", favorite: confirmed }, ...step.effects],
  };
}

export function failed(entry: FavoriteEntry, error: unknown, now: number): FavoriteStep {
  const wasWanted = entry.wanted !== entry.confirmed;
  const step = advance(
    { ...entry, wanted: entry.confirmed, inFlight: false },
    now,
    quiet(entry, now),
  );
  if (!wasWanted) return step;
  return {
    entry: step.entry,
    effects: [{ type: "rolledBack", favorite: entry.wanted, error }, ...step.effects],
  };
}

/** A wake-up asked for by an earlier step. */
export function settle(entry: FavoriteEntry, now: number): FavoriteStep {
  return advance(entry, now, quiet(entry, now));
}

function quiet(entry: FavoriteEntry, now: number): boolean {
  return now - entry.lastClickAt >= SETTLE_MS;
}

function advance(entry: FavoriteEntry, now: number, mayStart: boolean): FavoriteStep {
  if (entry.inFlight) return { entry, effects: [] };
  if (entry.wanted !== entry.confirmed && mayStart) {
    return {
      entry: { ...entry, inFlight: true },
      effects: [{ type: "send", favorite: entry.wanted }],
    };
  }
  if (!quiet(entry, now))
    return { entry, effects: [{ type: "wake", at: entry.lastClickAt + SETTLE_MS }] };
  return { entry, effects: [] };
}
