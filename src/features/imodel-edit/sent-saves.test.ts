import { describe, expect, it } from "vitest";
import type { FormValues } from "./form-values";
import {
  confirmSentSave,
  forgetSentSave,
  isOwnSavedValue,
  readSentSaves,
  recordSentSave,
  sentSavesKey,
  settleEarlierSaves,
  unconfirmedFromEarlierPage,
} from "./sent-saves";

const current: FormValues = { name: "Mine", description: "", extent: null };

describe("sent saves", () => {
  it("records a save as unconfirmed, then confirms or forgets it", () => {
    const id = recordSentSave("a", { name: "Mine" }, 1000);
    expect(readSentSaves("a")).toMatchObject([{ id, confirmed: false, sentAt: 1000 }]);
    confirmSentSave("a", id);
    expect(readSentSaves("a")).toMatchObject([{ id, confirmed: true }]);
    forgetSentSave("a", id);
    expect(readSentSaves("a")).toEqual([]);
    expect(sessionStorage.getItem(sentSavesKey("a"))).toBeNull();
  });

  it("knows the user's own saved values", () => {
    recordSentSave("a", { name: "Mine" });
    const saves = readSentSaves("a");
    expect(isOwnSavedValue(saves, "name", "Mine")).toBe(true);
    expect(isOwnSavedValue(saves, "name", "Theirs")).toBe(false);
    expect(isOwnSavedValue(saves, "description", "")).toBe(false);
  });

  it("settles an earlier page's saves by what the server shows", () => {
    const earlier = (changes: Partial<FormValues>, id: string) => ({
      id,
      page: "earlier-page",
      changes,
      sentAt: 1,
      confirmed: false,
    });
    sessionStorage.setItem(
      sentSavesKey("a"),
      JSON.stringify([earlier({ name: "Mine" }, "landed"), earlier({ name: "Lost" }, "not")]),
    );
    expect(unconfirmedFromEarlierPage(readSentSaves("a")).map((s) => s.id)).toEqual([
      "landed",
      "not",
    ]);
    settleEarlierSaves("a", current);
    expect(readSentSaves("a")).toMatchObject([{ id: "landed", confirmed: true }]);
    expect(unconfirmedFromEarlierPage(readSentSaves("a"))).toEqual([]);
  });

  it("reads nothing from what it cannot parse", () => {
    sessionStorage.setItem(sentSavesKey("a"), "[{]");
    expect(readSentSaves("a")).toEqual([]);
  });
});
