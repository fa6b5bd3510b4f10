import { useMutation, useQueryClient } from "@tanstack/react-query";
import { isApiError } from "../../api/api-error";
import { storeSavedIModel, updateIModel, type IModelUpdate } from "../../api/imodels";
import { tellOtherTabs } from "../tab-sync/tab-channel";
import { clearDraft } from "./draft-storage";
import { confirmSentSave, forgetSentSave } from "./sent-saves";

/** A dropped connection or a timeout may have reached the server: only a re-read knows. */
export function mayHaveLanded(error: unknown): boolean {
  return !isApiError(error) || error.code === "NetworkError" || error.code === "Timeout";
}

/** The PATCH of a save, and what its answer does to the caches, the other tabs and the draft. */
export function useSaveMutation(iModelId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ body, signal }: { body: IModelUpdate; signal: AbortSignal; sentId: string }) =>
      updateIModel(iModelId, body, signal),
    // Here rather than at the call, so a save that finishes after the user left still lands in the caches.
    onSuccess: (saved, { sentId }) => {
      confirmSentSave(saved.id, sentId);
      storeSavedIModel(queryClient, saved);
      tellOtherTabs({ type: "saved", iModel: saved });
      clearDraft(saved.id);
    },
    onError: (error, { sentId }) => {
      if (!mayHaveLanded(error)) forgetSentSave(iModelId, sentId);
    },
  }).mutateAsync;
}
