import type { IModelUpdate } from "../../api/imodels";
import { toApiExtent } from "../extent/extent";
import {
  FIELD_NAMES,
  isDirtyMark,
  sameFieldValue,
  type DirtyMarks,
  type FormValues,
} from "./form-values";

/**
 * The PATCH body: only the fields the user changed, so a save never overwrites another
 * person's change to a field this user did not touch. A field typed back to its
 * initial value is left out too. The name goes trimmed.
 */
export function buildUpdateBody(
  initial: FormValues,
  values: FormValues,
  dirtyFields: DirtyMarks,
): IModelUpdate {
  const body: IModelUpdate = {};
  // Spaces around a name are never meant: it is sent, and compared, trimmed.
  const sent: FormValues = { ...values, name: values.name.trim() };
  for (const field of FIELD_NAMES) {
    if (!isDirtyMark(dirtyFields[field])) continue;
    if (sameFieldValue(field, initial[field], sent[field])) continue;
    switch (field) {
      case "name":
        body.name = sent.name;
        break;
      case "description":
        body.description = values.description === "" ? null : values.description;
        break;
      case "extent":
        body.extent = values.extent === null ? null : toApiExtent(values.extent);
        break;
    }
  }
  return body;
}

export function isEmptyBody(body: IModelUpdate): boolean {
  return Object.keys(body).length === 0;
}
