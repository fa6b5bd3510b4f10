import { useCallback, useEffect, useMemo, useRef, useState } from "react";
import { useForm, type Resolver } from "react-hook-form";
import type { IModel } from "../../api/imodels";
import { sameExtent } from "../extent/extent";
import { readDraft } from "./draft-storage";
import { createFormSchema } from "./form-schema";
import { resolveForm } from "./form-resolver";
import {
  FIELD_NAMES,
  sameFieldValue,
  sameFormValues,
  toFormValues,
  type FieldName,
  type FormValues,
} from "./form-values";
import { restoreDraft } from "./restore-draft";

/**
 * The form for one iModel. `basisRef` holds, per field, the server value the user's
 * change is measured against (react-hook-form's default value): the save compares it
 * with a fresh read to find other people's changes.
 */
export function useIModelForm(iModel: IModel) {
  const server = useMemo(() => toFormValues(iModel), [iModel]);
  const [initial] = useState(() => restoreDraft(server, readDraft(iModel.id)));
  const [restored, setRestored] = useState(() => Object.keys(initial.changes).length > 0);
  const basisRef = useRef<FormValues>(initial.basis);
  const resolver = useCallback<Resolver<FormValues>>(
    (values, _context, options) =>
      resolveForm(
        createFormSchema((extent) => sameExtent(extent, basisRef.current.extent)),
        values,
        options,
      ),
    [],
  );
  const form = useForm<FormValues>({ defaultValues: initial.basis, resolver, mode: "onTouched" });
  const { getFieldState, getValues, resetField, reset, setValue } = form;

  useEffect(() => {
    for (const field of FIELD_NAMES) {
      if (field in initial.changes)
        setValue(field, initial.changes[field] as never, { shouldDirty: true });
    }
  }, [initial, setValue]);

  /** Moves one field onto a new server value; the user's change, if any, is kept on top. */
  const rebaseField = useCallback(
    <F extends FieldName>(field: F, serverValue: FormValues[F], keep?: FormValues[F]) => {
      resetField(field, { defaultValue: serverValue as never });
      basisRef.current = { ...basisRef.current, [field]: serverValue };
      if (keep !== undefined && !sameFieldValue(field, keep, serverValue)) {
        setValue(field, keep as never, { shouldDirty: true });
      }
    },
    [resetField, setValue],
  );

  /** Fields the user did not touch take the server's values quietly; changed fields keep the user's value and their basis. */
  const takeServerValues = useCallback(
    (next: FormValues) => {
      for (const field of FIELD_NAMES) {
        const dirty = getFieldState(field).isDirty;
        const value = getValues(field);
        if (dirty && !sameFieldValue(field, value, next[field])) continue;
        if (!sameFieldValue(field, basisRef.current[field], next[field]) || dirty)
          rebaseField(field, next[field]);
      }
    },
    [getFieldState, getValues, rebaseField],
  );

  /** After a save or a discard: the form is the server's values, unchanged. */
  const resetTo = useCallback(
    (values: FormValues) => {
      basisRef.current = values;
      reset(values);
      setRestored(false);
    },
    [reset],
  );

  const seenServer = useRef(server);
  useEffect(() => {
    if (sameFormValues(seenServer.current, server)) return;
    seenServer.current = server;
    takeServerValues(server);
  }, [server, takeServerValues]);

  return { form, basisRef, server, restored, rebaseField, takeServerValues, resetTo };
}
