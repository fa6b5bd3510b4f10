import type { FieldConflict } from "./find-conflicts";
import type { FieldName } from "./form-values";
import type { SaveErrorView } from "./map-save-error";
import type { LastSave } from "./save-outcome";

/**
 * Where a save is, as one value: each status carries only what it needs, so "resolving
 * without conflicts" or "saving with a failure shown" cannot be written down.
 */
export type SaveStatus =
  | { status: "idle"; failure: SaveErrorView | null; focus: FieldName | null }
  /** Re-reading the iModel (after waiting out a save from before a reload, if any). */
  | { status: "checking" }
  | { status: "resolving"; conflicts: FieldConflict[] }
  | { status: "saving" };

export type SavePhase = SaveStatus["status"];

export type SaveFlowState = {
  save: SaveStatus;
  /** A page-level reason saving cannot work now; outlives the save that found it. */
  banner: SaveErrorView["banner"];
  /** The last save that went through, for "Saved at 14:02 · name"; outlives later failures. */
  lastSave: LastSave | null;
};

export type SaveAction =
  | { type: "check" }
  | { type: "conflicts"; conflicts: FieldConflict[] }
  | { type: "send" }
  | { type: "done"; saved?: LastSave }
  | { type: "failed"; view: SaveErrorView }
  | { type: "clearFailure" }
  | { type: "clearBanner" };

const IDLE: SaveStatus = { status: "idle", failure: null, focus: null };

export const initialSaveFlow: SaveFlowState = { save: IDLE, banner: undefined, lastSave: null };

export function saveFlowReducer(state: SaveFlowState, action: SaveAction): SaveFlowState {
  switch (action.type) {
    case "check":
      return { ...state, save: { status: "checking" } };
    case "conflicts":
      if (state.save.status !== "checking") return state;
      return { ...state, save: { status: "resolving", conflicts: action.conflicts } };
    case "send":
      return { ...state, save: { status: "saving" } };
    case "done":
      return { ...state, save: IDLE, lastSave: action.saved ?? state.lastSave };
    case "failed": {
      const { view } = action;
      return {
        ...state,
        banner: view.banner ?? state.banner,
        save: {
          status: "idle",
          failure: view.formError ? view : null,
          focus: view.focus ?? null,
        },
      };
    }
    case "clearFailure":
      return state.save.status === "idle" ? { ...state, save: IDLE } : state;
    case "clearBanner":
      return { ...state, banner: undefined };
  }
}
