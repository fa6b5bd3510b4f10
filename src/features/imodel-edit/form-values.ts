import type { IModel } from "../../api/imodels";
import { fromApiExtent, sameExtent, type Extent } from "../extent/extent";

/** What the form edits. An absent description is edited as "" and sent back as null. */
export type FormValues = { name: string; description: string; extent: Extent | null };

export type FieldName = keyof FormValues;

export const FIELD_NAMES: readonly FieldName[] = ["name", "description", "extent"];

export const FIELD_LABELS: Record<FieldName, string> = {
  name: "Name",
  description: "Description",
  extent: "Extent",
};

export function toFormValues(iModel: IModel): FormValues {
  return {
    name: iModel.name,
    description: iModel.description ?? "",
    extent: iModel.extent ? fromApiExtent(iModel.extent) : null,
  };
}

export function sameFieldValue<F extends FieldName>(
  field: F,
  a: FormValues[F],
  b: FormValues[F],
): boolean {
  if (field === "extent") return sameExtent(a as Extent | null, b as Extent | null);
  return a === b;
}

export function sameFormValues(a: FormValues, b: FormValues): boolean {
  return FIELD_NAMES.every((field) => sameFieldValue(field, a[field], b[field]));
}

/**
 * react-hook-form marks a changed field with `true`, or, for an object value such as the
 * extent, sometimes with an object of marks per property.
 */
export function isDirtyMark(mark: unknown): boolean {
  if (mark === true) return true;
  if (Array.isArray(mark)) return mark.some(isDirtyMark);
  if (typeof mark === "object" && mark !== null) return Object.values(mark).some(isDirtyMark);
  return false;
}

export type DirtyMarks = Partial<Record<FieldName, unknown>>;

/** The values of the fields the user changed. */
export function pickDirtyValues(values: FormValues, dirtyFields: DirtyMarks): Partial<FormValues> {
  const picked: Partial<FormValues> = {};
  for (const field of FIELD_NAMES) {
    if (isDirtyMark(dirtyFields[field])) Object.assign(picked, { [field]: values[field] });
  }
  return picked;
}
