import { describe, expect, it } from "vitest";
import { formatCount } from "./format-number";

describe("formatCount", () => {
  it("groups thousands the English way whatever the machine's locale", () => {
    expect(formatCount(10000)).toBe("10,000");
    expect(formatCount(1234567)).toBe("1,234,567");
    expect(formatCount(0)).toBe("0");
    expect(formatCount(999)).toBe("999");
    expect(formatCount(1000)).toBe("1,000");
    expect(formatCount(-12345)).toBe("-12,345");
  });

  it("rounds to a whole number, as Intl.NumberFormat with no decimals does", () => {
    expect(formatCount(1234.6)).toBe("1,235");
    expect(formatCount(999.4)).toBe("999");
  });
});
