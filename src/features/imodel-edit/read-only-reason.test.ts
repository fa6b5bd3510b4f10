import { describe, expect, it } from "vitest";
import {
  NOT_INITIALIZED_READ_ONLY,
  ROLE_READ_ONLY,
  SECURED_READ_ONLY,
  readOnlyReason,
} from "./read-only-reason";

const base = {
  permissions: "manage" as const,
  isSecured: false,
  notInitialized: false,
  forbidden: false,
};

describe("readOnlyReason", () => {
  it("is null for a manager of an initialized iModel, also while permissions load", () => {
    expect(readOnlyReason(base)).toBeNull();
    expect(readOnlyReason({ ...base, permissions: "loading" })).toBeNull();
  });

  it("tells the iTwin role from the iModel's own permissions", () => {
    expect(readOnlyReason({ ...base, permissions: "view" })).toBe(ROLE_READ_ONLY);
    expect(readOnlyReason({ ...base, permissions: "view", isSecured: true })).toBe(
      SECURED_READ_ONLY,
    );
  });

  it("says a not-initialized iModel updates once ready, before permissions are known", () => {
    expect(readOnlyReason({ ...base, notInitialized: true })).toBe(NOT_INITIALIZED_READ_ONLY);
    expect(readOnlyReason({ ...base, permissions: "loading", notInitialized: true })).toBe(
      NOT_INITIALIZED_READ_ONLY,
    );
  });

  it("leaves a refused save and unreadable permissions to their page banners", () => {
    expect(readOnlyReason({ ...base, forbidden: true, notInitialized: true })).toBeNull();
    expect(readOnlyReason({ ...base, permissions: "error" })).toBeNull();
  });
});
