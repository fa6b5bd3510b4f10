import { describe, expect, it } from "vitest";
import { expectPageExit, isPageExitExpected } from "./page-exit";

describe("expected page exit", () => {
  it("is marked until undone", () => {
    expect(isPageExitExpected()).toBe(false);
    const undo = expectPageExit();
    expect(isPageExitExpected()).toBe(true);
    undo();
    expect(isPageExitExpected()).toBe(false);
  });
});
