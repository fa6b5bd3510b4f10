import { describe, expect, it } from "vitest";
import { formatCount } from "./format-number";

describe("formatCount", () => {
  it("groups thousands the English way whatever the machine's locale", () => {
    expect(formatCount(10000)).toBe("10,000");
    expect(formatCount(1234567)).toBe("1,234,567");
    expect(formatCount(0)).toBe("0");
  });
});
