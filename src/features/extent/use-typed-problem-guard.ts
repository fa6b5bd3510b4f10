import { useCallback, useEffect, useRef, type RefObject } from "react";
import { useAnnounce } from "../../ui/announcer";
import type { TypedProblem } from "./extent-inputs";

/**
 * Text in the inputs that makes no valid extent never reaches the form, so the form's own
 * rules cannot see it: without this, Save would send the last valid extent while the inputs
 * show something else. Like a native invalid input, it stops the form's submit. Returns the
 * inputs' `onProblem`.
 */
export function useTypedProblemGuard(
  fieldset: RefObject<HTMLFieldSetElement | null>,
  onChange?: (hasProblem: boolean) => void,
): (problem: TypedProblem | null) => void {
  const problem = useRef<TypedProblem | null>(null);
  const announce = useAnnounce();
  // Called from the inputs' effect, so not an Effect Event: the latest callback by ref.
  const report = useRef(onChange);
  useEffect(() => {
    report.current = onChange;
  });
  useEffect(() => {
    const form = fieldset.current?.form;
    if (!form) return;
    const onSubmit = (e: SubmitEvent) => {
      const current = problem.current;
      if (current === null) return;
      e.preventDefault();
      e.stopPropagation();
      document.getElementById(current.inputId)?.focus();
      announce(`Not saved: ${current.message}`);
    };
    form.addEventListener("submit", onSubmit, true);
    return () => form.removeEventListener("submit", onSubmit, true);
  }, [announce, fieldset]);
  return useCallback((next: TypedProblem | null) => {
    problem.current = next;
    report.current?.(next !== null);
  }, []);
}
