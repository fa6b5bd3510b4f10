import { FIELD_NAMES, sameFieldValue, type FieldName, type FormValues } from "./form-values";

export type FieldConflict<F extends FieldName = FieldName> = {
  field: F;
  /** What the form was loaded with. */
  loaded: FormValues[F];
  /** What someone else saved since. */
  theirs: FormValues[F];
  yours: FormValues[F];
};

export type ConflictChoice = "theirs" | "yours";
export type ConflictChoices = Partial<Record<FieldName, ConflictChoice>>;

/**
 * Fields this user changed that someone else also changed, to a different value, since
 * the form was loaded. The same change made by both is no conflict, nor is a value that
 * this user's own earlier save put there (`isOwn`).
 */
export function findConflicts(
  loaded: FormValues,
  current: FormValues,
  dirtyValues: Partial<FormValues>,
  isOwn: <F extends FieldName>(field: F, value: FormValues[F]) => boolean = () => false,
): FieldConflict[] {
  const conflicts: FieldConflict[] = [];
  for (const field of FIELD_NAMES) {
    if (!(field in dirtyValues)) continue;
    const yours = dirtyValues[field] as FormValues[typeof field];
    const theirs = current[field];
    if (sameFieldValue(field, loaded[field], theirs)) continue;
    if (sameFieldValue(field, theirs, yours)) continue;
    if (isOwn(field, theirs)) continue;
    conflicts.push({ field, loaded: loaded[field], theirs, yours } as FieldConflict);
  }
  return conflicts;
}

/**
 * What the form holds once the server's current values are taken in: fields the user did
 * not touch take the server's values, changed fields keep the user's value unless the
 * user chose theirs for a conflict.
 */
export function mergeEdits(
  current: FormValues,
  dirtyValues: Partial<FormValues>,
  choices: ConflictChoices = {},
): FormValues {
  const merged = { ...current };
  for (const field of FIELD_NAMES) {
    if (!(field in dirtyValues) || choices[field] === "theirs") continue;
    Object.assign(merged, { [field]: dirtyValues[field] });
  }
  return merged;
}
