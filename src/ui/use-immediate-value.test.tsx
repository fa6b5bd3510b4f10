import { act, renderHook } from "@testing-library/react";
import { describe, expect, it } from "vitest";
import { useImmediateValue } from "./use-immediate-value";

describe("useImmediateValue", () => {
  it("changes at once and then follows its source", () => {
    const { result, rerender } = renderHook(({ source }) => useImmediateValue(source), {
      initialProps: { source: false },
    });
    act(() => result.current[1](true));
    expect(result.current[0]).toBe(true);
    rerender({ source: true });
    expect(result.current[0]).toBe(true);
    rerender({ source: false });
    expect(result.current[0]).toBe(false);
  });
});
