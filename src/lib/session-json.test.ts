import { beforeEach, describe, expect, it } from "vitest";
import { hasSessionItem, readSessionJson, writeSessionJson } from "./session-json";

const blocked = {
  getItem: () => {
    throw new DOMException("blocked", "SecurityError");
  },
  setItem: () => {
    throw new DOMException("full", "QuotaExceededError");
  },
  removeItem: () => {
    throw new DOMException("blocked", "SecurityError");
  },
} as unknown as Storage;

describe("session JSON", () => {
  beforeEach(() => sessionStorage.clear());

  it("keeps a value, reads it back and removes it for undefined", () => {
    expect(writeSessionJson("k", { a: [1, "two"] })).toBe(true);
    expect(hasSessionItem("k")).toBe(true);
    expect(readSessionJson("k")).toEqual({ a: [1, "two"] });
    expect(writeSessionJson("k", undefined)).toBe(true);
    expect(sessionStorage.getItem("k")).toBeNull();
    expect(readSessionJson("k")).toBeUndefined();
  });

  it("reads what is not JSON as nothing", () => {
    sessionStorage.setItem("k", "{not json");
    expect(readSessionJson("k")).toBeUndefined();
    expect(hasSessionItem("k")).toBe(true);
  });

  it("never throws from a blocked or full storage", () => {
    expect(readSessionJson("k", blocked)).toBeUndefined();
    expect(writeSessionJson("k", 1, blocked)).toBe(false);
    expect(writeSessionJson("k", undefined, blocked)).toBe(false);
    expect(hasSessionItem("k", blocked)).toBe(false);
  });
});
