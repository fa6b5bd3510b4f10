import { beforeEach, describe, expect, it } from "vitest";
import { viewChoice } from "./view-choice";

describe("viewChoice", () => {
  beforeEach(() => localStorage.clear());
  it("is the compact list until the user chooses", () => {
    expect(viewChoice.get()).toBe("list");
  });
  it("remembers the last choice and ignores garbage", () => {
    viewChoice.set("tiles");
    expect(viewChoice.get()).toBe("tiles");
    localStorage.setItem("imodel-admin.list-view", "carousel");
    expect(viewChoice.get()).toBe("list");
  });
});
