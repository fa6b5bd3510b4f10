import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { RateLimitGate } from "./rate-limit-gate";

describe("RateLimitGate", () => {
  beforeEach(() => vi.useFakeTimers({ now: 1_000_000 }));
  afterEach(() => vi.useRealTimers());

  it("is open until a 429 closes it, then lets requests through at the named moment", async () => {
    const gate = new RateLimitGate();
    await expect(gate.wait()).resolves.toBeUndefined();
    gate.block(5000);
    let released = false;
    void gate.wait().then(() => (released = true));
    await vi.advanceTimersByTimeAsync(4999);
    expect(released).toBe(false);
    await vi.advanceTimersByTimeAsync(1);
    expect(released).toBe(true);
  });

  it("keeps the latest moment when several 429s arrive together", async () => {
    const gate = new RateLimitGate();
    gate.block(3000);
    gate.block(8000);
    gate.block(1000);
    expect(gate.blockedUntil()).toBe(1_008_000);
  });

  it("extends the wait of requests already waiting when a later 429 pushes the gate", async () => {
    const gate = new RateLimitGate();
    gate.block(2000);
    let released = false;
    void gate.wait().then(() => (released = true));
    await vi.advanceTimersByTimeAsync(1000);
    gate.block(5000);
    await vi.advanceTimersByTimeAsync(1500);
    expect(released).toBe(false);
    await vi.advanceTimersByTimeAsync(3500);
    expect(released).toBe(true);
  });

  it("backs off exponentially when no Retry-After can be read, and starts afresh after a success", () => {
    const gate = new RateLimitGate(Date.now, () => 1);
    expect(gate.block(null)).toBe(1000);
    expect(gate.block(null)).toBe(2000);
    expect(gate.block(null)).toBe(4000);
    vi.advanceTimersByTime(10_000);
    gate.passed();
    expect(gate.block(null)).toBe(1000);
  });

  it("treats a zero wait as open", async () => {
    const gate = new RateLimitGate();
    gate.block(0);
    expect(gate.blockedUntil()).toBe(0);
    await expect(gate.wait()).resolves.toBeUndefined();
  });

  it("stops waiting when the caller cancels", async () => {
    const gate = new RateLimitGate();
    gate.block(60_000);
    const controller = new AbortController();
    const waiting = gate.wait(controller.signal);
    controller.abort(new Error("cancelled"));
    await expect(waiting).rejects.toThrow("cancelled");
  });

  it("tells subscribers when the moment changes", () => {
    const gate = new RateLimitGate();
    const listener = vi.fn();
    const unsubscribe = gate.subscribe(listener);
    gate.block(1000);
    expect(listener).toHaveBeenCalledTimes(1);
    expect(gate.deadline()).toBe(1_001_000);
    unsubscribe();
    gate.block(9000);
    expect(listener).toHaveBeenCalledTimes(1);
  });
});
