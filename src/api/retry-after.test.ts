import { afterEach, describe, expect, it, vi } from "vitest";
import { backoffMs, MAX_WAIT_SECONDS, parseRetryAfter } from "./retry-after";

const NOW = Date.parse("2026-11-22T10:00:00Z");

describe("parseRetryAfter", () => {
  it.each([
    ["7", 7000],
    [" 12 ", 12000],
    ["0", 0],
  ])("reads seconds %j", (header, expected) => {
    expect(parseRetryAfter(header, NOW)).toBe(expected);
  });

  it("reads an HTTP date as the time left until it", () => {
    expect(parseRetryAfter("Sun, 22 Nov 2026 10:00:30 GMT", NOW)).toBe(30_000);
  });

  it("treats a date in the past as no wait", () => {
    expect(parseRetryAfter("Sun, 22 Nov 2026 09:00:00 GMT", NOW)).toBe(0);
  });

  it("caps a huge wait at an hour", () => {
    expect(parseRetryAfter("99999999", NOW)).toBe(MAX_WAIT_SECONDS * 1000);
    expect(parseRetryAfter("Fri, 01 Jan 2100 00:00:00 GMT", NOW)).toBe(MAX_WAIT_SECONDS * 1000);
  });

  it.each([null, undefined, "", "  ", "-5", "1.5", "soon", "5 seconds", "+3"])(
    "says nothing for %j",
    (header) => {
      expect(parseRetryAfter(header, NOW)).toBeNull();
    },
  );
});

describe("parseRetryAfter against the clock", () => {
  afterEach(() => vi.useRealTimers());

  it("counts an HTTP date from now when no moment is given", () => {
    vi.useFakeTimers({ now: NOW });
    expect(parseRetryAfter("Sun, 22 Nov 2026 10:00:12 GMT")).toBe(12_000);
    vi.advanceTimersByTime(10_000);
    expect(parseRetryAfter("Sun, 22 Nov 2026 10:00:12 GMT")).toBe(2_000);
  });
});

describe("backoffMs", () => {
  it("grows exponentially with jitter between half and all of the ceiling", () => {
    expect(backoffMs(0, () => 0)).toBe(500);
    expect(backoffMs(0, () => 1)).toBe(1000);
    expect(backoffMs(3, () => 0)).toBe(4000);
    expect(backoffMs(3, () => 1)).toBe(8000);
  });

  it("never exceeds the cap", () => {
    expect(backoffMs(30, () => 1)).toBe(30_000);
  });
});
