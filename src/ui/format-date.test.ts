import { describe, expect, it } from "vitest";
import { formatDateTime, formatRelative } from "./format-date";

const NOW = Date.parse("2026-12-02T14:00:00Z");

describe("formatRelative", () => {
  it("names the largest unit that fits, rounded down", () => {
    expect(formatRelative("2024-05-02T14:03:11.4200000Z", NOW)).toMatch(/2 years ago/);
    expect(formatRelative("2026-09-01T14:00:00Z", NOW)).toMatch(/3 months ago/);
    expect(formatRelative("2026-12-01T13:00:00Z", NOW)).toMatch(/yesterday|1 day ago/);
    expect(formatRelative("2026-12-02T11:30:00Z", NOW)).toMatch(/2 hours ago/);
    expect(formatRelative("2026-12-02T13:59:50Z", NOW)).toMatch(/this minute|now/);
    expect(formatRelative("2026-12-02T16:00:00Z", NOW)).toMatch(/in 2 hours/);
  });

  it("gives an unreadable value back as it came", () => {
    expect(formatRelative("soon", NOW)).toBe("soon");
    expect(formatDateTime("soon")).toBe("soon");
  });
});
