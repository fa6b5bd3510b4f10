import { readSessionJson, writeSessionJson } from "../../lib/session-json";
import { FIELD_NAMES, sameFieldValue, type FieldName, type FormValues } from "./form-values";

/**
 * The saves this tab sent per iModel, in sessionStorage, so a re-read showing the user's
 * own earlier save (one that landed after they left the page, or after a reload) is known
 * as theirs, not reported as someone else's change. A save is kept unconfirmed until its
 * answer comes; confirmed ones are kept a few at a time, for the same recognition.
 */
export type SentSave = {
  id: string;
  /** The page load that sent it: a different one means "before the reload". */
  page: string;
  changes: Partial<FormValues>;
  sentAt: number;
  confirmed: boolean;
};

const KEEP = 5;
/** This page load. */
export const PAGE_ID = Math.random().toString(36).slice(2);

export function sentSavesKey(iModelId: string): string {
  return `imodel-admin.sent-saves.${iModelId}`;
}

function isSentSave(value: unknown): value is SentSave {
  if (typeof value !== "object" || value === null) return false;
  const save = value as Partial<SentSave>;
  return (
    typeof save.id === "string" &&
    typeof save.page === "string" &&
    typeof save.sentAt === "number" &&
    typeof save.confirmed === "boolean" &&
    typeof save.changes === "object" &&
    save.changes !== null
  );
}

export function readSentSaves(iModelId: string, storage?: Storage): SentSave[] {
  const parsed = readSessionJson(sentSavesKey(iModelId), storage);
  return Array.isArray(parsed) ? parsed.filter(isSentSave) : [];
}

function writeSentSaves(iModelId: string, saves: SentSave[], storage?: Storage): void {
  // Storage unavailable: only the recognition of own saves after a reload is lost.
  const kept = saves.length === 0 ? undefined : saves.slice(-KEEP);
  writeSessionJson(sentSavesKey(iModelId), kept, storage);
}

export function recordSentSave(
  iModelId: string,
  changes: Partial<FormValues>,
  now = Date.now(),
  storage?: Storage,
): string {
  const id = `${PAGE_ID}-${now}-${Math.random().toString(36).slice(2, 6)}`;
  const save: SentSave = { id, page: PAGE_ID, changes, sentAt: now, confirmed: false };
  writeSentSaves(iModelId, [...readSentSaves(iModelId, storage), save], storage);
  return id;
}

export function confirmSentSave(iModelId: string, id: string, storage?: Storage): void {
  const saves = readSentSaves(iModelId, storage);
  writeSentSaves(
    iModelId,
    saves.map((save) => (save.id === id ? { ...save, confirmed: true } : save)),
    storage,
  );
}

export function forgetSentSave(iModelId: string, id: string, storage?: Storage): void {
  const saves = readSentSaves(iModelId, storage);
  writeSentSaves(
    iModelId,
    saves.filter((save) => save.id !== id),
    storage,
  );
}

/** Saves sent by an earlier page load whose answer never came: they may still land. */
export function unconfirmedFromEarlierPage(saves: SentSave[]): SentSave[] {
  return saves.filter((save) => !save.confirmed && save.page !== PAGE_ID);
}

/**
 * After a re-read: the earlier page's unconfirmed saves are settled. One the server shows
 * landed and stays known as the user's own; one it does not show never will.
 */
export function settleEarlierSaves(iModelId: string, current: FormValues, storage?: Storage): void {
  const saves = readSentSaves(iModelId, storage);
  const settled = saves.flatMap((save) => {
    if (save.confirmed || save.page === PAGE_ID) return [save];
    return landed(save, current) ? [{ ...save, confirmed: true }] : [];
  });
  writeSentSaves(iModelId, settled, storage);
}

function landed(save: SentSave, current: FormValues): boolean {
  return FIELD_NAMES.every(
    (field) =>
      !(field in save.changes) ||
      sameFieldValue(field, save.changes[field] as FormValues[typeof field], current[field]),
  );
}

/** Whether `value` is what one of this tab's saves asked for `field`. */
export function isOwnSavedValue<F extends FieldName>(
  saves: SentSave[],
  field: F,
  value: FormValues[F],
): boolean {
  return saves.some(
    (save) =>
      field in save.changes && sameFieldValue(field, save.changes[field] as FormValues[F], value),
  );
}
