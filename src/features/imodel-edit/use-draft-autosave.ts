import { useEffect, useState, type RefObject } from "react";
import { useFormState, useWatch, type Control } from "react-hook-form";
import { clearDraft, writeDraft, type Draft } from "./draft-storage";
import { createDraftWriter } from "./draft-writer";
import { pickDirtyValues, type FormValues } from "./form-values";

const DEBOUNCE_MS = 300;

const draftKeyOf = (basis: FormValues, changesKey: string) =>
  `${JSON.stringify(basis)}|${changesKey}`;

/**
 * Keeps the unsaved changes in sessionStorage shortly after every change, and at once
 * when the page goes away (reload, tab closed, sign-in redirect, in-app navigation).
 */
export function useDraftAutosave(
  iModelId: string,
  control: Control<FormValues>,
  basisRef: RefObject<FormValues>,
) {
  const values = useWatch({ control }) as FormValues;
  const { dirtyFields } = useFormState({ control });
  const changesKey = JSON.stringify(pickDirtyValues(values, dirtyFields));
  const [writer] = useState(() =>
    createDraftWriter<Draft>((draft) => {
      if (Object.keys(draft.changes).length === 0) clearDraft(iModelId);
      else writeDraft(iModelId, draft);
    }, DEBOUNCE_MS),
  );

  useEffect(() => {
    const basis = { ...basisRef.current };
    writer.change(draftKeyOf(basis, changesKey), {
      base: basis,
      changes: JSON.parse(changesKey) as Partial<FormValues>,
      savedAt: Date.now(),
    });
  }, [writer, changesKey, basisRef]);

  useEffect(() => {
    const flush = () => writer.flush();
    window.addEventListener("pagehide", flush);
    window.addEventListener("beforeunload", flush);
    return () => {
      window.removeEventListener("pagehide", flush);
      window.removeEventListener("beforeunload", flush);
      flush();
    };
  }, [writer]);

  return writer;
}
