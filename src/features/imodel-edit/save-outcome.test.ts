import { describe, expect, it } from "vitest";
import { mapSaveError } from "./map-save-error";
import { ApiError } from "../../api/api-error";
import {
  describeChanges,
  describeFieldErrors,
  saveOutcome,
  type OutcomeInput,
} from "./save-outcome";

const base: OutcomeInput = {
  phase: "idle",
  failure: null,
  rateLimitSeconds: 0,
  waitingForNetwork: false,
  notInitialized: false,
  forbidden: false,
  isDirty: false,
  canRetry: true,
  lastSave: null,
  time: () => "14:02",
};

describe("describeChanges", () => {
  it("names one, two or three fields as a sentence would", () => {
    expect(describeChanges([])).toBe("");
    expect(describeChanges(["name"])).toBe("name");
    expect(describeChanges(["name", "extent"])).toBe("name and extent");
    expect(describeChanges(["name", "description", "extent"])).toBe("name, description and extent");
  });
});

describe("describeFieldErrors", () => {
  it("agrees in number", () => {
    expect(describeFieldErrors(1)).toBe("1 field needs attention");
    expect(describeFieldErrors(2)).toBe("2 fields need attention");
  });
});

describe("saveOutcome", () => {
  it("says nothing for an untouched form", () => {
    expect(saveOutcome(base)).toBeNull();
  });

  it("says when the last save was and what it changed, until the next edit", () => {
    const lastSave = { at: 0, fields: ["name", "extent"] as const };
    expect(
      saveOutcome({ ...base, lastSave: { ...lastSave, fields: [...lastSave.fields] } }),
    ).toEqual({ tone: "success", text: "Saved at 14:02 · name and extent", action: null });
    expect(
      saveOutcome({ ...base, isDirty: true, lastSave: { at: 0, fields: ["name"] } })?.text,
    ).toBe("Unsaved changes.");
  });

  it("offers Cancel while saving, with the rate limit's countdown when held by one", () => {
    expect(saveOutcome({ ...base, phase: "saving" })).toEqual({
      tone: "busy",
      text: "Saving…",
      action: "cancel",
    });
    const waiting = saveOutcome({ ...base, phase: "checking", rateLimitSeconds: 5 });
    expect(waiting?.text).toMatch(/rate limit: trying again in 5 s/);
    expect(waiting?.action).toBe("cancel");
  });

  it("gives a failure's reason, with Retry only when sending again can help", () => {
    const network = mapSaveError(
      new ApiError({ status: 0, code: "NetworkError", message: "No connection." }),
    );
    expect(saveOutcome({ ...base, failure: network })).toEqual({
      tone: "error",
      text: network.formError,
      action: "retry",
    });
    expect(saveOutcome({ ...base, failure: network, canRetry: false })?.action).toBeNull();
    const cancelled = mapSaveError(
      new ApiError({ status: 0, code: "Cancelled", message: "Cancelled." }),
    );
    expect(saveOutcome({ ...base, failure: cancelled })?.action).toBeNull();
  });

  it("says a failed save waits for the network while offline", () => {
    const network = mapSaveError(
      new ApiError({ status: 0, code: "NetworkError", message: "No connection." }),
    );
    const outcome = saveOutcome({ ...base, failure: network, waitingForNetwork: true });
    expect(outcome?.text).toMatch(/^Offline: not saved/);
    expect(outcome?.action).toBe("retry");
  });

  it("puts a page-level reason first", () => {
    expect(saveOutcome({ ...base, notInitialized: true, isDirty: true })?.text).toMatch(
      /updates once the iModel is ready/,
    );
    expect(saveOutcome({ ...base, forbidden: true })?.text).toMatch(/cannot edit/);
  });
});
