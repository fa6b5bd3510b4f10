import { useQuery, useQueryClient } from "@tanstack/react-query";
import { useCallback, useEffect, useRef, useState } from "react";
import { useFormState } from "react-hook-form";
import { iModelQueries, rereadIModel, type IModel } from "../../api/imodels";
import { useAnnounce } from "../../ui/announcer";
import { ConflictDialog } from "./conflict-dialog";
import { clearDraft } from "./draft-storage";
import { EditBanners } from "./edit-banners";
import type { FieldName } from "./form-values";
import { SAVE_STATUS_ID } from "./action-bar";
import { EXTENT_EDITOR_ID, FIELD_IDS, IModelForm } from "./imodel-form";
import { IModelProperties } from "./imodel-properties";
import { LeaveDialog } from "./leave-dialog";
import { readOnlyReason } from "./read-only-reason";
import { RestoredNotice } from "./restored-notice";
import { useDraftAutosave } from "./use-draft-autosave";
import { useIModelForm } from "./use-imodel-form";
import { useLeaveGuard } from "./use-leave-guard";
import { useSaveFlow } from "./use-save-flow";

const MANAGE = "imodels_manage";

/** Properties, the edit form and everything around saving it, for one loaded iModel. */
export function IModelEditor({ iModel, onNotFound }: { iModel: IModel; onNotFound: () => void }) {
  const queryClient = useQueryClient();
  const announce = useAnnounce();
  // Asked for by the route's loader; a failure it met is shown, not silently asked again.
  const permissions = useQuery({ ...iModelQueries.permissions(iModel.id), retryOnMount: false });
  const permissionState = permissions.isPending
    ? "loading"
    : permissions.isError
      ? "error"
      : permissions.data.includes(MANAGE)
        ? "manage"
        : "view";

  const editor = useIModelForm(iModel);
  const { form, server, restored, resetTo } = editor;
  const focusField = useCallback(
    (field: FieldName) => {
      if (field !== "extent") form.setFocus(field);
      else document.getElementById(EXTENT_EDITOR_ID)?.focus();
    },
    [form],
  );
  // After a failed save: the field if it is in view, else the bar's status, whose link leads
  // there; the page never scrolls by itself.
  const focusFieldInPlace = useCallback(
    (field: FieldName) => {
      const box = document.getElementById(FIELD_IDS[field])?.getBoundingClientRect();
      if (box && box.top >= 0 && box.bottom <= window.innerHeight) focusField(field);
      else document.getElementById(SAVE_STATUS_ID)?.focus({ preventScroll: true });
    },
    [focusField],
  );
  const flow = useSaveFlow({ ...editor, iModel, focusField: focusFieldInPlace, onNotFound });
  useDraftAutosave(iModel.id, form.control, editor.basisRef);
  const { isDirty } = useFormState({ control: form.control });

  const canSave = permissionState === "manage" && flow.banner !== "forbidden";
  // Known from the iModel itself, before anyone presses Save; a 409 on save says so too.
  const notInitialized = iModel.state === "notInitialized" || flow.banner === "notInitialized";
  const reason = readOnlyReason({
    permissions: permissionState,
    isSecured: iModel.isSecured === true,
    notInitialized,
    forbidden: flow.banner === "forbidden",
  });
  const readOnly = !canSave || notInitialized;
  const { clearBanner } = flow;
  const lastState = useRef(iModel.state);
  useEffect(() => {
    if (lastState.current === iModel.state) return;
    lastState.current = iModel.state;
    if (iModel.state !== "initialized") return;
    clearBanner();
    announce("The iModel is ready now: you can edit it.");
  }, [announce, clearBanner, iModel.state]);
  const blocker = useLeaveGuard(isDirty && flow.phase === "idle");

  const [openedWithDraft] = useState(restored);
  useEffect(() => {
    if (openedWithDraft) announce("Unsaved changes restored.");
  }, [announce, openedWithDraft]);

  const discard = () => {
    resetTo(server);
    clearDraft(iModel.id);
    flow.clearFailure();
    announce("Changes discarded.");
  };

  const checkAgain = async () => {
    const latest = await rereadIModel(queryClient, iModel.id).catch(() => null);
    if (latest?.state === "initialized") {
      flow.clearBanner();
      announce("The iModel is initialized now: you can save.");
    } else {
      announce("The iModel is still not initialized.");
    }
  };

  return (
    <>
      <EditBanners
        banner={notInitialized ? "notInitialized" : flow.banner}
        permissions={permissionState}
        onCheckAgain={() => void checkAgain()}
        onRetryPermissions={() => void permissions.refetch()}
      />
      {flow.earlierSavePending ? (
        <p className="notice notice-info" role="status">
          A save from before the reload may still be under way. The next save waits for it.
        </p>
      ) : null}
      {restored && isDirty ? <RestoredNotice onDiscard={discard} /> : null}
      <div className="imodel-layout">
        <IModelForm
          form={form}
          readOnly={readOnly}
          readOnlyReason={reason}
          canSave={canSave}
          saveBlocked={flow.banner === "notInitialized"}
          phase={flow.phase}
          failure={flow.failure}
          context={{
            lastSave: flow.lastSave,
            waitingForNetwork: flow.waitingForNetwork,
            notInitialized,
            forbidden: flow.banner === "forbidden",
          }}
          onFocusField={focusField}
          onSave={() =>
            void form.handleSubmit(flow.submit, () =>
              announce("Not saved: check the fields marked in error."),
            )()
          }
          onDiscard={discard}
          onCancelSave={flow.cancel}
          onRetry={flow.retry}
          iTwinId={iModel.iTwinId}
        />
        <IModelProperties iModel={iModel} />
      </div>
      {flow.conflicts ? (
        <ConflictDialog
          conflicts={flow.conflicts}
          onResolve={flow.resolveConflicts}
          onCancel={flow.abandonConflicts}
        />
      ) : null}
      {blocker.state === "blocked" ? (
        <LeaveDialog
          name={iModel.name}
          onStay={() => blocker.reset()}
          onLeave={() => blocker.proceed()}
        />
      ) : null}
    </>
  );
}
