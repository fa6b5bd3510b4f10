import type { Draft } from "./draft-storage";
import { FIELD_NAMES, sameFieldValue, type FormValues } from "./form-values";

export type RestoredForm = {
  /** What each field's changes are measured against: the draft's base for restored fields, the server's values elsewhere. */
  basis: FormValues;
  /** The draft's changes that still change something. */
  changes: Partial<FormValues>;
};

/**
 * Puts a draft back on top of the server's current values. A restored field keeps the
 * value it was based on, so a change someone else made to it meanwhile is still caught
 * as a conflict when saving.
 */
export function restoreDraft(server: FormValues, draft: Draft | null): RestoredForm {
  const basis = { ...server };
  const changes: Partial<FormValues> = {};
  if (!draft) return { basis, changes };
  for (const field of FIELD_NAMES) {
    if (!(field in draft.changes)) continue;
    const change = draft.changes[field] as FormValues[typeof field];
    if (sameFieldValue(field, change, server[field])) continue;
    Object.assign(basis, { [field]: draft.base[field] });
    Object.assign(changes, { [field]: change });
  }
  return { basis, changes };
}
