import { afterEach, describe, expect, it, vi } from "vitest";
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

describe("prepareDateFormats", () => {
  afterEach(() => {
    vi.useRealTimers();
    vi.restoreAllMocks();
  });

  // A fresh copy of the module: its formatters are not made yet.
  async function freshModule() {
    vi.resetModules();
    return import("./format-date");
  }

  it("makes the formats once the browser is idle, and not again on first use", async () => {
    vi.useFakeTimers();
    const { prepareDateFormats, formatDateTime: format } = await freshModule();
    const made = vi.spyOn(Intl, "DateTimeFormat");
    prepareDateFormats();
    expect(made).not.toHaveBeenCalled();
    vi.runAllTimers();
    expect(made).toHaveBeenCalledTimes(2);
    format("2026-12-02T14:00:00Z");
    format("2026-12-02T14:00:00Z", false);
    expect(made).toHaveBeenCalledTimes(2);
  });

  it("makes nothing when cancelled first", async () => {
    vi.useFakeTimers();
    const { prepareDateFormats } = await freshModule();
    const made = vi.spyOn(Intl, "DateTimeFormat");
    const cancel = prepareDateFormats();
    cancel();
    vi.runAllTimers();
    expect(made).not.toHaveBeenCalled();
  });
});
