import { describe, expect, it } from "vitest";
import type { SaveErrorView } from "./map-save-error";
import { initialSaveFlow, saveFlowReducer, type SaveAction } from "./save-state";

const run = (...actions: SaveAction[]) => actions.reduce(saveFlowReducer, initialSaveFlow);
const view = (over: Partial<SaveErrorView>): SaveErrorView => ({
  fieldErrors: {},
  canRetry: false,
  notFound: false,
  summary: "Not saved.",
  ...over,
});
const conflict = { field: "name", loaded: "a", theirs: "b", yours: "c" } as const;

describe("save flow states", () => {
  it("goes check → saving → idle", () => {
    expect(run({ type: "check" }).save).toEqual({ status: "checking" });
    expect(run({ type: "check" }, { type: "send" }).save).toEqual({ status: "saving" });
    expect(run({ type: "check" }, { type: "send" }, { type: "done" })).toEqual(initialSaveFlow);
  });

  it("holds the conflicts only while resolving", () => {
    const resolving = run({ type: "check" }, { type: "conflicts", conflicts: [conflict] });
    expect(resolving.save).toEqual({ status: "resolving", conflicts: [conflict] });
    expect(saveFlowReducer(resolving, { type: "send" }).save).toEqual({ status: "saving" });
    // Conflicts found by a check that was given up meanwhile are dropped.
    expect(run({ type: "conflicts", conflicts: [conflict] })).toEqual(initialSaveFlow);
  });

  it("shows a failure in the idle form, with its focus, and keeps the banner", () => {
    const failed = run(
      { type: "check" },
      { type: "send" },
      {
        type: "failed",
        view: view({ formError: "Server trouble.", focus: "name", banner: "forbidden" }),
      },
    );
    expect(failed.save).toMatchObject({ status: "idle", focus: "name" });
    expect(failed.banner).toBe("forbidden");
    const next = run({ type: "check" });
    expect(saveFlowReducer({ ...next, banner: "forbidden" }, { type: "done" }).banner).toBe(
      "forbidden",
    );
    expect(saveFlowReducer(failed, { type: "clearFailure" }).save).toEqual(initialSaveFlow.save);
    expect(saveFlowReducer(failed, { type: "clearBanner" }).banner).toBeUndefined();
  });

  it("shows no failure box for an error that has only field messages", () => {
    const failed = run({ type: "failed", view: view({ fieldErrors: { name: "Taken." } }) });
    expect(failed.save).toEqual({ status: "idle", failure: null, focus: null });
  });
});

describe("the last save", () => {
  it("is kept through later failures and replaced by the next success", () => {
    const first = { at: 1, fields: ["name" as const] };
    const failed = run(
      { type: "done", saved: first },
      { type: "check" },
      { type: "failed", view: view({ formError: "Not saved." }) },
    );
    expect(failed.lastSave).toEqual(first);
    const second = { at: 2, fields: ["extent" as const] };
    expect(saveFlowReducer(failed, { type: "done", saved: second }).lastSave).toEqual(second);
    expect(saveFlowReducer(failed, { type: "done" }).lastSave).toEqual(first);
  });
});
