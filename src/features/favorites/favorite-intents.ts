import type { IModel } from "../../api/imodels";
import { readSessionJson, writeSessionJson } from "../../lib/session-json";

/**
 * The stars the user asked for and the server has not confirmed, in sessionStorage, so a
 * reload (or a closed tab brought back) sends them on the next start instead of losing them.
 */
export type FavoriteIntent = { iModel: IModel; wanted: boolean };

export const INTENTS_KEY = "imodel-admin.favorite-intents";

function isIntent(value: unknown): value is FavoriteIntent {
  if (typeof value !== "object" || value === null) return false;
  const { iModel, wanted } = value as Partial<FavoriteIntent>;
  return (
    typeof wanted === "boolean" &&
    typeof iModel === "object" &&
    iModel !== null &&
    typeof iModel.id === "string" &&
    typeof iModel.iTwinId === "string" &&
    typeof iModel.name === "string"
  );
}

export function readIntents(storage?: Storage): FavoriteIntent[] {
  const parsed = readSessionJson(INTENTS_KEY, storage);
  return Array.isArray(parsed) ? parsed.filter(isIntent) : [];
}

/** Best effort: a full or blocked storage must not break starring. */
export function writeIntents(intents: FavoriteIntent[], storage?: Storage): void {
  // Storage unavailable: the star still converges while the page stays.
  writeSessionJson(INTENTS_KEY, intents.length === 0 ? undefined : intents, storage);
}

/** On sign-out: stars asked for by one user must never be sent for the next one in this tab. */
export function forgetIntents(storage?: Storage): void {
  writeIntents([], storage);
}
