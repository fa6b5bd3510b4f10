import { z } from "zod/mini";
import { hasSessionItem, readSessionJson, writeSessionJson } from "../../lib/session-json";
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

export function readDraft(iModelId: string, storage?: Storage): Draft | null {
  const parsed = readSessionJson(draftKey(iModelId), storage);
  if (parsed === undefined && !hasSessionItem(draftKey(iModelId), storage)) return null;
  const result = draftSchema.safeParse(parsed);
  if (!result.success || Object.keys(result.data.changes).length === 0) {
    clearDraft(iModelId, storage);
    return null;
  }
  const { base, changes, savedAt } = result.data;
  return { base, changes, savedAt };
}

/** Best effort: a full or blocked storage must not break editing. */
export function writeDraft(iModelId: string, draft: Draft, storage?: Storage): boolean {
  return writeSessionJson(draftKey(iModelId), { version: 1, ...draft }, storage);
}

export function clearDraft(iModelId: string, storage?: Storage): void {
  // Storage unavailable: nothing was kept, nothing to clear.
  writeSessionJson(draftKey(iModelId), undefined, storage);
}
