import { z } from "zod/mini";
import { extentSchema } from "../extent/extent";
import type { FormValues } from "./form-values";

/**
 * Unsaved changes per iModel in sessionStorage, so a reload, a crash or a sign-in redirect
 * brings them back. `base` holds the values the changes were made against, so the save
 * can still tell the user's changes from other people's.
 */
export type Draft = { base: FormValues; changes: Partial<FormValues>; savedAt: number };

const valuesSchema = z.object({
  name: z.string(),
  description: z.string(),
  extent: z.nullable(extentSchema),
});
const draftSchema = z.object({
  version: z.literal(1),
  base: valuesSchema,
  changes: z.partial(valuesSchema),
  savedAt: z.number(),
});

export function draftKey(iModelId: string): string {
  return `imodel-admin.draft.${iModelId}`;
}

function storageOrNull(storage?: Storage): Storage | null {
  try {
    return storage ?? window.sessionStorage;
  } catch {
    return null;
  }
}

export function readDraft(iModelId: string, storage?: Storage): Draft | null {
  const store = storageOrNull(storage);
  let raw: string | null = null;
  try {
    raw = store?.getItem(draftKey(iModelId)) ?? null;
  } catch {
    return null;
  }
  if (raw === null) return null;
  let parsed: unknown;
  try {
    parsed = JSON.parse(raw);
  } catch {
    parsed = undefined;
  }
  const result = draftSchema.safeParse(parsed);
  if (!result.success || Object.keys(result.data.changes).length === 0) {
    clearDraft(iModelId, store ?? undefined);
    return null;
  }
  const { base, changes, savedAt } = result.data;
  return { base, changes, savedAt };
}

/** Best effort: a full or blocked storage must not break editing. */
export function writeDraft(iModelId: string, draft: Draft, storage?: Storage): boolean {
  try {
    storageOrNull(storage)?.setItem(draftKey(iModelId), JSON.stringify({ version: 1, ...draft }));
    return true;
  } catch {
    return false;
  }
}

export function clearDraft(iModelId: string, storage?: Storage): void {
  try {
    storageOrNull(storage)?.removeItem(draftKey(iModelId));
  } catch {
    // Storage unavailable: nothing was kept, nothing to clear.
  }
}
