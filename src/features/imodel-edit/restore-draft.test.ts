import { describe, expect, it } from "vitest";
import type { Draft } from "./draft-storage";
import type { FormValues } from "./form-values";
import { restoreDraft } from "./restore-draft";

const server: FormValues = { name: "Plant", description: "Server text", extent: null };

const draft = (base: FormValues, changes: Partial<FormValues>): Draft => ({
  base,
  changes,
  savedAt: 0,
});

describe("restoreDraft", () => {
  it("is the server's values without a draft", () => {
    expect(restoreDraft(server, null)).toEqual({ basis: server, changes: {} });
  });

  it("puts the draft's changes on the server's values", () => {
    expect(restoreDraft(server, draft(server, { name: "Renamed" }))).toEqual({
      basis: server,
      changes: { name: "Renamed" },
    });
  });

  it("keeps the draft's base for a restored field that changed on the server since", () => {
    const base = { ...server, name: "Old" };
    const restored = restoreDraft(server, draft(base, { name: "Mine" }));
    expect(restored.basis.name).toBe("Old");
    expect(restored.changes).toEqual({ name: "Mine" });
  });

  it("takes the server's values for fields the draft did not change", () => {
    const base = { ...server, description: "Stale" };
    expect(restoreDraft(server, draft(base, { name: "Mine" })).basis.description).toBe(
      "Server text",
    );
  });

  it("drops a change the server already has", () => {
    const base = { ...server, name: "Old" };
    expect(restoreDraft(server, draft(base, { name: "Plant" }))).toEqual({
      basis: server,
      changes: {},
    });
  });
});
