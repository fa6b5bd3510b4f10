import { act, renderHook } from "@testing-library/react";
import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { useSecondsLeft } from "./use-seconds-left";

describe("useSecondsLeft", () => {
  beforeEach(() => {
    vi.useFakeTimers();
    vi.setSystemTime(new Date("2026-12-02T12:00:00Z"));
  });
  afterEach(() => vi.useRealTimers());

  it("counts whole seconds down to 0 and stops there", () => {
    const until = Date.now() + 2500;
    const { result } = renderHook(() => useSecondsLeft(until));
    expect(result.current).toBe(3);
    act(() => void vi.advanceTimersByTime(1000));
    expect(result.current).toBe(2);
    act(() => void vi.advanceTimersByTime(2000));
    expect(result.current).toBe(0);
    expect(vi.getTimerCount()).toBe(0);
  });

  it("is 0 without a deadline or with one past, and follows a new one", () => {
    const { result, rerender } = renderHook(({ until }) => useSecondsLeft(until), {
      initialProps: { until: undefined as number | undefined },
    });
    expect(result.current).toBe(0);
    rerender({ until: Date.now() - 1000 });
    expect(result.current).toBe(0);
    rerender({ until: Date.now() + 5000 });
    expect(result.current).toBe(5);
  });
});
