import { useEffect, useRef, type RefObject } from "react";
import { useFormState, useWatch, type Control } from "react-hook-form";
import { clearDraft, writeDraft } from "./draft-storage";
import { pickDirtyValues, type FormValues } from "./form-values";

const DEBOUNCE_MS = 300;

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
  const changes = pickDirtyValues(values, dirtyFields);
  const changesKey = JSON.stringify(changes);
  const pendingRef = useRef<(() => void) | null>(null);
  // The state at mount is what storage already holds (a restored draft, or none).
  const writtenRef = useRef<string | null>(null);

  useEffect(() => {
    const snapshot = JSON.parse(changesKey) as Partial<FormValues>;
    const key = `${JSON.stringify(basisRef.current)}|${changesKey}`;
    if (writtenRef.current === null) {
      writtenRef.current = key;
      return;
    }
    if (writtenRef.current === key) return;
    const write = () => {
      pendingRef.current = null;
      writtenRef.current = key;
      if (Object.keys(snapshot).length === 0) clearDraft(iModelId);
      else
        writeDraft(iModelId, {
          base: { ...basisRef.current },
          changes: snapshot,
          savedAt: Date.now(),
        });
    };
    pendingRef.current = write;
    const timer = setTimeout(write, DEBOUNCE_MS);
    return () => clearTimeout(timer);
  }, [iModelId, changesKey, basisRef]);

  useEffect(() => {
    const flush = () => pendingRef.current?.();
    window.addEventListener("pagehide", flush);
    window.addEventListener("beforeunload", flush);
    return () => {
      window.removeEventListener("pagehide", flush);
      window.removeEventListener("beforeunload", flush);
      flush();
    };
  }, []);

  return { flush: () => pendingRef.current?.() };
}
