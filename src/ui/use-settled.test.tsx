import { act, renderHook } from "@testing-library/react";
import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { useSettled } from "./use-settled";

describe("useSettled", () => {
  beforeEach(() => vi.useFakeTimers());
  afterEach(() => vi.useRealTimers());

  it("settles once active for the whole delay, and unsettles at once", () => {
    const { result, rerender } = renderHook(({ active }) => useSettled(active, 200), {
      initialProps: { active: true },
    });
    expect(result.current).toBe(false);
    act(() => void vi.advanceTimersByTime(199));
    expect(result.current).toBe(false);
    act(() => void vi.advanceTimersByTime(1));
    expect(result.current).toBe(true);
    rerender({ active: false });
    expect(result.current).toBe(false);
  });

  it("starts the delay afresh after a break, so a flash never settles", () => {
    const { result, rerender } = renderHook(({ active }) => useSettled(active, 200), {
      initialProps: { active: true },
    });
    act(() => void vi.advanceTimersByTime(150));
    rerender({ active: false });
    rerender({ active: true });
    act(() => void vi.advanceTimersByTime(150));
    expect(result.current).toBe(false);
    act(() => void vi.advanceTimersByTime(50));
    expect(result.current).toBe(true);
    expect(vi.getTimerCount()).toBe(0);
  });
});
