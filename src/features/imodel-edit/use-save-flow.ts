import { onlineManager, useMutation, useQueryClient } from "@tanstack/react-query";
import { useCallback, useEffect, useRef, useState, type RefObject } from "react";
import type { UseFormReturn } from "react-hook-form";
import {
  fetchIModel,
  iModelKeys,
  storeSavedIModel,
  updateIModel,
  type IModel,
  type IModelUpdate,
} from "../../api/imodels";
import { sessionStatus } from "../../auth/session-status";
import { useAnnounce } from "../../ui/announcer";
import { buildUpdateBody, isEmptyBody } from "./build-update-body";
import { clearDraft } from "./draft-storage";
import { findConflicts, type ConflictChoices, type FieldConflict } from "./find-conflicts";
import {
  FIELD_NAMES,
  pickDirtyValues,
  toFormValues,
  type DirtyMarks,
  type FieldName,
  type FormValues,
} from "./form-values";
import { mapSaveError, type SaveErrorView } from "./map-save-error";

export type SavePhase = "idle" | "checking" | "resolving" | "saving";

type PendingConflict = { conflicts: FieldConflict[] };

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
  const [phase, setPhase] = useState<SavePhase>("idle");
  const [conflict, setConflict] = useState<PendingConflict | null>(null);
  const [failure, setFailure] = useState<SaveErrorView | null>(null);
  const [banner, setBanner] = useState<SaveErrorView["banner"]>(undefined);
  const controllerRef = useRef<AbortController | null>(null);
  const [focusRequest, setFocusRequest] = useState<{ field: FieldName } | null>(null);

  const { mutateAsync } = useMutation({
    mutationFn: ({ body, signal }: { body: IModelUpdate; signal: AbortSignal }) =>
      updateIModel(iModelId, body, signal),
    // Here rather than at the call, so a save that finishes after the user left still lands in the caches.
    onSuccess: (saved) => {
      storeSavedIModel(queryClient, saved);
      clearDraft(saved.id);
    },
  });

  const fail = useCallback(
    (error: unknown, attemptedName: string) => {
      setPhase("idle");
      const view = mapSaveError(error, { name: attemptedName, state: iModel.state });
      if (view.notFound) {
        onNotFound();
        return;
      }
      for (const field of FIELD_NAMES) {
        const message = view.fieldErrors[field];
        if (message) form.setError(field, { type: "server", message });
      }
      setFocusRequest(view.focus ? { field: view.focus } : null);
      if (view.banner) setBanner(view.banner);
      setFailure(view.formError ? view : null);
      announce(view.summary);
    },
    [announce, form, iModel.state, onNotFound],
  );

  const send = useCallback(
    async (signal: AbortSignal) => {
      const values = form.getValues();
      const body = buildUpdateBody(basisRef.current, values, liveDirtyFields(form));
      if (isEmptyBody(body)) {
        resetTo(basisRef.current);
        clearDraft(iModelId);
        setPhase("idle");
        announce("Nothing left to save: the iModel already has these values.");
        return;
      }
      setPhase("saving");
      try {
        const saved = await mutateAsync({ body, signal });
        resetTo(toFormValues(saved));
        setPhase("idle");
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
      setFailure(null);
      setFocusRequest(null);
      setPhase("checking");
      const loaded = { ...basisRef.current };
      const dirtyValues = pickDirtyValues(submitted, liveDirtyFields(form));
      let current: FormValues;
      try {
        const fresh = await fetchIModel(iModelId, controller.signal);
        queryClient.setQueryData(iModelKeys.detail(iModelId), fresh);
        current = toFormValues(fresh);
      } catch (error) {
        fail(error, submitted.name);
        return;
      }
      const conflicts = findConflicts(loaded, current, dirtyValues);
      takeServerValues(current);
      if (conflicts.length > 0) {
        setConflict({ conflicts });
        setPhase("resolving");
        announce("Someone else changed fields you changed. Choose which values to keep.");
        return;
      }
      await send(controller.signal);
    },
    [announce, basisRef, fail, form, iModelId, queryClient, send, takeServerValues],
  );

  const resolveConflicts = useCallback(
    (choices: ConflictChoices) => {
      if (!conflict) return;
      setConflict(null);
      for (const { field, theirs, yours } of conflict.conflicts) {
        rebaseField(
          field,
          theirs as never,
          choices[field] === "theirs" ? undefined : (yours as never),
        );
      }
      void send(controllerRef.current?.signal ?? new AbortController().signal);
    },
    [conflict, rebaseField, send],
  );

  const abandonConflicts = useCallback(() => {
    setConflict(null);
    setPhase("idle");
    announce("Not saved. Your changes are still here.");
  }, [announce]);

  // Fields are locked while saving: focus once the idle form is on screen.
  useEffect(() => {
    if (phase === "idle" && focusRequest) focusField(focusRequest.field);
  }, [phase, focusRequest, focusField]);

  const cancel = useCallback(() => controllerRef.current?.abort(), []);

  const retry = useCallback(() => void form.handleSubmit(submit)(), [form, submit]);

  // A save that failed because the connection dropped goes again once the browser is back online.
  const waitingForNetwork = failure?.canRetry === true && !onlineManager.isOnline();
  useEffect(() => {
    if (!waitingForNetwork) return;
    return onlineManager.subscribe((online) => {
      if (online) retry();
    });
  }, [retry, waitingForNetwork]);

  // A save stopped by an expired sign-in goes again once the user has signed in again (in a
  // popup; after a redirect the page starts afresh, with the draft restored).
  const waitingForSignIn = failure?.resumesAfterSignIn === true;
  useEffect(() => {
    if (!waitingForSignIn) return;
    return sessionStatus.subscribe(() => {
      if (!sessionStatus.isSignInRequired()) retry();
    });
  }, [retry, waitingForSignIn]);

  const clearFailure = useCallback(() => setFailure(null), []);
  const clearBanner = useCallback(() => setBanner(undefined), []);

  return {
    phase,
    conflicts: conflict?.conflicts ?? null,
    failure,
    banner,
    submit,
    resolveConflicts,
    abandonConflicts,
    cancel,
    retry,
    clearFailure,
    clearBanner,
  };
}
