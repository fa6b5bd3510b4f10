import { beforeEach, describe, expect, it } from "vitest";
import { returnRow } from "./return-row";

describe("returnRow", () => {
  beforeEach(() => sessionStorage.clear());

  it("gives back the row opened from the same history entry", () => {
    returnRow.remember("entry-1", "imodel-300");
    expect(returnRow.get("entry-1")).toBe("imodel-300");
  });

  it("gives nothing for another history entry", () => {
    returnRow.remember("entry-1", "imodel-300");
    expect(returnRow.get("entry-2")).toBeNull();
    expect(returnRow.get("entry-1")).toBe("imodel-300");
  });

  it("survives garbage in storage", () => {
    sessionStorage.setItem("imodel-admin.return-row", "{not json");
    expect(returnRow.get("entry-1")).toBeNull();
  });
});
