import { describe, expect, it } from "vitest";
import { clearDraft, draftKey, readDraft, writeDraft, type Draft } from "./draft-storage";

const draft: Draft = {
  base: { name: "Plant", description: "", extent: null },
  changes: { name: "Renamed", extent: { west: 1, south: 2, east: 3, north: 4 } },
  savedAt: 1_700_000_000_000,
};

describe("draft storage", () => {
  it("keeps one draft per iModel under a readable key", () => {
    writeDraft("a", draft);
    expect(sessionStorage.getItem("imodel-admin.draft.a")).not.toBeNull();
    expect(draftKey("b")).toBe("imodel-admin.draft.b");
    expect(readDraft("a")).toEqual(draft);
    expect(readDraft("b")).toBeNull();
  });

  it("clears a draft", () => {
    writeDraft("a", draft);
    clearDraft("a");
    expect(readDraft("a")).toBeNull();
  });

  it("drops what it cannot read instead of failing", () => {
    sessionStorage.setItem(draftKey("a"), "{not json");
    expect(readDraft("a")).toBeNull();
    expect(sessionStorage.getItem(draftKey("a"))).toBeNull();
    sessionStorage.setItem(
      draftKey("a"),
      JSON.stringify({ version: 1, base: { name: 3 }, changes: {}, savedAt: 1 }),
    );
    expect(readDraft("a")).toBeNull();
  });

  it("treats a draft without changes as none", () => {
    writeDraft("a", { ...draft, changes: {} });
    expect(readDraft("a")).toBeNull();
  });

  it("survives a storage that refuses writes", () => {
    const full = {
      getItem: () => null,
      setItem: () => {
        throw new DOMException("full", "QuotaExceededError");
      },
      removeItem: () => {},
    } as unknown as Storage;
    expect(writeDraft("a", draft, full)).toBe(false);
  });
});
