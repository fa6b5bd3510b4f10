import { useQueryClient } from "@tanstack/react-query";
import { useCallback, useEffect, useReducer, useRef, type RefObject } from "react";
import type { UseFormReturn } from "react-hook-form";
import { rereadIModel, type IModel } from "../../api/imodels";
import { useConfig } from "../../config-context";
import { useAnnounce } from "../../ui/announcer";
import { buildUpdateBody, isEmptyBody } from "./build-update-body";
import { clearDraft } from "./draft-storage";
import { findConflicts, type ConflictChoices } from "./find-conflicts";
import {
  FIELD_NAMES,
  pickDirtyValues,
  toFormValues,
  type DirtyMarks,
  type FieldName,
  type FormValues,
} from "./form-values";
import { mapSaveError } from "./map-save-error";
import { initialSaveFlow, saveFlowReducer } from "./save-state";
import { isOwnSavedValue, readSentSaves, recordSentSave } from "./sent-saves";
import { useEarlierSave } from "./use-earlier-save";
import { useSaveMutation } from "./use-save-mutation";
import { useSaveRetry } from "./use-save-retry";

export type { SavePhase } from "./save-state";

type Options = {
  iModel: IModel;
  form: UseFormReturn<FormValues>;
  basisRef: RefObject<FormValues>;
  rebaseField: <F extends FieldName>(
    field: F,
    serverValue: FormValues[F],
    keep?: FormValues[F],
  ) => void;
  takeServerValues: (next: FormValues) => void;
  resetTo: (values: FormValues) => void;
  focusField: (field: FieldName) => void;
  onNotFound: () => void;
};

/** react-hook-form's dirty marks as they are now; `formState` holds those of the last render. */
function liveDirtyFields(form: UseFormReturn<FormValues>): DirtyMarks {
  return Object.fromEntries(FIELD_NAMES.map((field) => [field, form.getFieldState(field).isDirty]));
}

/**
 * Save = re-read the iModel, let the user settle conflicts with other people's changes,
 * then PATCH only the changed fields. Whatever the answer, the user's edits stay.
 */
export function useSaveFlow(options: Options) {
  const { iModel, form, basisRef, rebaseField, takeServerValues, resetTo, focusField, onNotFound } =
    options;
  const iModelId = iModel.id;
  const queryClient = useQueryClient();
  const announce = useAnnounce();
  const { requestTimeoutMs } = useConfig();
  const [state, dispatch] = useReducer(saveFlowReducer, initialSaveFlow);
  const controllerRef = useRef<AbortController | null>(null);
  const earlier = useEarlierSave(iModelId, requestTimeoutMs);

  const mutateAsync = useSaveMutation(iModelId);

  const fail = useCallback(
    (error: unknown, attemptedName: string) => {
      const view = mapSaveError(error, { name: attemptedName, state: iModel.state });
      if (view.notFound) {
        dispatch({ type: "done" });
        onNotFound();
        return;
      }
      for (const field of FIELD_NAMES) {
        const message = view.fieldErrors[field];
        if (message) form.setError(field, { type: "server", message });
      }
      dispatch({ type: "failed", view });
      announce(view.summary);
    },
    [announce, form, iModel.state, onNotFound],
  );

  const send = useCallback(
    async (signal: AbortSignal) => {
      const values = form.getValues();
      const dirty = liveDirtyFields(form);
      const body = buildUpdateBody(basisRef.current, values, dirty);
      if (isEmptyBody(body)) {
        resetTo(basisRef.current);
        clearDraft(iModelId);
        dispatch({ type: "done" });
        announce("Nothing left to save: the iModel already has these values.");
        return;
      }
      dispatch({ type: "send" });
      const sentId = recordSentSave(iModelId, pickDirtyValues(values, dirty));
      try {
        const saved = await mutateAsync({ body, signal, sentId });
        resetTo(toFormValues(saved));
        const fields = FIELD_NAMES.filter((field) => field in body);
        dispatch({ type: "done", saved: { at: Date.now(), fields } });
        announce("Saved.");
      } catch (error) {
        fail(error, values.name);
      }
    },
    [announce, basisRef, fail, form, iModelId, mutateAsync, resetTo],
  );

  /** Called by handleSubmit with values that passed the form's rules. */
  const submit = useCallback(
    async (submitted: FormValues) => {
      controllerRef.current?.abort();
      const controller = new AbortController();
      controllerRef.current = controller;
      dispatch({ type: "check" });
      const loaded = { ...basisRef.current };
      const dirtyValues = pickDirtyValues(submitted, liveDirtyFields(form));
      let current: FormValues;
      try {
        await earlier.waitOut(controller.signal);
        current = toFormValues(await rereadIModel(queryClient, iModelId, controller.signal));
      } catch (error) {
        fail(error, submitted.name);
        return;
      }
      earlier.settle(current);
      const sent = readSentSaves(iModelId);
      const conflicts = findConflicts(loaded, current, dirtyValues, (field, value) =>
        isOwnSavedValue(sent, field, value),
      );
      takeServerValues(current);
      if (conflicts.length > 0) {
        dispatch({ type: "conflicts", conflicts });
        announce("Someone else changed fields you changed. Choose which values to keep.");
        return;
      }
      await send(controller.signal);
    },
    [announce, basisRef, earlier, fail, form, iModelId, queryClient, send, takeServerValues],
  );

  const conflicts = state.save.status === "resolving" ? state.save.conflicts : null;

  const resolveConflicts = useCallback(
    (choices: ConflictChoices) => {
      if (!conflicts) return;
      for (const { field, theirs, yours } of conflicts) {
        rebaseField(
          field,
          theirs as never,
          choices[field] === "theirs" ? undefined : (yours as never),
        );
      }
      void send(controllerRef.current?.signal ?? new AbortController().signal);
    },
    [conflicts, rebaseField, send],
  );

  const abandonConflicts = useCallback(() => {
    dispatch({ type: "done" });
    announce("Not saved. Your changes are still here.");
  }, [announce]);

  // Fields are locked while saving: focus once the idle form is on screen.
  const focus = state.save.status === "idle" ? state.save.focus : null;
  useEffect(() => {
    if (focus) focusField(focus);
  }, [focus, focusField]);

  const cancel = useCallback(() => controllerRef.current?.abort(), []);

  const retry = useCallback(() => void form.handleSubmit(submit)(), [form, submit]);

  const failure = state.save.status === "idle" ? state.save.failure : null;

  const waitingForNetwork = useSaveRetry(failure, retry);

  const clearFailure = useCallback(() => dispatch({ type: "clearFailure" }), []);
  const clearBanner = useCallback(() => dispatch({ type: "clearBanner" }), []);

  return {
    phase: state.save.status,
    conflicts,
    failure,
    banner: state.banner,
    lastSave: state.lastSave,
    waitingForNetwork,
    earlierSavePending: earlier.pending,
    submit,
    resolveConflicts,
    abandonConflicts,
    cancel,
    retry,
    clearFailure,
    clearBanner,
  };
}
