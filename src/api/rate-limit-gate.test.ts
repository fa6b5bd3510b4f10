import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { PROBE_TIMEOUT_MS, RateLimitGate, type Settle } from "./rate-limit-gate";
import { parseRetryAfter } from "./retry-after";

describe("RateLimitGate", () => {
  beforeEach(() => vi.useFakeTimers({ now: 1_000_000 }));
  afterEach(() => vi.useRealTimers());

  it("is open until a 429 closes it, then lets requests through at the named moment", async () => {
    const gate = new RateLimitGate();
    await expect(gate.wait()).resolves.toBeTypeOf("function");
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
    await expect(gate.wait()).resolves.toBeTypeOf("function");
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

  it("holds every request waiting behind a burst of 429s until the latest moment named, then lets them go one by one", async () => {
    const gate = new RateLimitGate();
    const released: number[] = [];
    for (let i = 0; i < 5; i += 1) {
      gate.block(2000 + i * 100);
      void gate.wait().then(() => released.push(Date.now()));
    }
    await vi.advanceTimersByTimeAsync(2399);
    expect(released).toEqual([]);
    await vi.advanceTimersByTimeAsync(1);
    expect(released).toEqual([1_002_400]);
    for (let passes = 1; passes <= 3; passes += 1) {
      gate.passed();
      await vi.advanceTimersByTimeAsync(0);
      expect(released).toHaveLength(1 + passes);
    }
    // Four in a row passed: the window has room, the rest go together.
    gate.passed();
    await vi.advanceTimersByTimeAsync(0);
    expect(released).toEqual([1_002_400, 1_002_400, 1_002_400, 1_002_400, 1_002_400]);
  });

  it("caps the backoff without a Retry-After at 30 s however many 429s come", () => {
    const gate = new RateLimitGate(Date.now, () => 1);
    let wait = 0;
    for (let i = 0; i < 20; i += 1) wait = gate.block(null);
    expect(wait).toBe(30_000);
  });

  it("reopens once the moment has passed and a request went through", async () => {
    const gate = new RateLimitGate();
    const listener = vi.fn();
    gate.subscribe(listener);
    gate.block(1000);
    gate.passed();
    expect(gate.deadline()).toBe(1_001_000);
    await vi.advanceTimersByTimeAsync(1000);
    gate.passed();
    expect(gate.deadline()).toBe(0);
    expect(gate.blockedUntil()).toBe(0);
    expect(listener).toHaveBeenCalledTimes(2);
  });

  it.each([
    ["seconds", "2", 2000],
    ["zero", "0", 0],
    ["a huge wait, capped at an hour", "99999999", 3_600_000],
    ["an HTTP date", "Thu, 01 Jan 1970 00:16:50 GMT", 10_000],
  ])("waits as a Retry-After of %s says", async (_, header, expected) => {
    const gate = new RateLimitGate();
    expect(gate.block(parseRetryAfter(header))).toBe(expected);
    let released = false;
    void gate.wait().then(() => (released = true));
    if (expected > 0) {
      await vi.advanceTimersByTimeAsync(expected - 1);
      expect(released).toBe(false);
    }
    await vi.advanceTimersByTimeAsync(1);
    expect(released).toBe(true);
  });

  it.each([
    ["absent", null],
    ["negative", "-5"],
    ["garbage", "soon"],
  ])("backs off with jitter when the Retry-After is %s", (_, header) => {
    const gate = new RateLimitGate(Date.now, () => 0.5);
    expect(gate.block(parseRetryAfter(header))).toBe(750);
  });

  describe("low priority (thumbnails)", () => {
    it("closes the gate for low requests only when a low request gets a 429", async () => {
      const gate = new RateLimitGate();
      expect(gate.block(5000, "low")).toBe(5000);
      expect(gate.blockedUntil()).toBe(0);
      expect(gate.deadline()).toBe(0);
      await expect(gate.wait()).resolves.toBeTypeOf("function");
      let released = false;
      void gate.wait(undefined, "low").then(() => (released = true));
      await vi.advanceTimersByTimeAsync(4999);
      expect(released).toBe(false);
      await vi.advanceTimersByTimeAsync(1);
      expect(released).toBe(true);
    });

    it("waits at a gate a normal 429 closed, and goes only after the normal requests waiting", async () => {
      const gate = new RateLimitGate();
      gate.block(2000);
      const order: string[] = [];
      const low = gate.wait(undefined, "low").then(() => order.push("thumbnail"));
      gate.block(3000);
      const page = gate.wait().then(() => {
        order.push("list page");
        gate.passed();
      });
      await vi.advanceTimersByTimeAsync(2999);
      expect(order).toEqual([]);
      await vi.advanceTimersByTimeAsync(1);
      await Promise.all([low, page]);
      expect(order).toEqual(["list page", "thumbnail"]);
    });

    it("holds low requests while a normal request waits, even when its own lane is open", async () => {
      const gate = new RateLimitGate();
      gate.block(1000);
      const page = gate.wait();
      let released = false;
      void gate.wait(undefined, "low").then(() => (released = true));
      await vi.advanceTimersByTimeAsync(0);
      expect(released).toBe(false);
      await vi.advanceTimersByTimeAsync(1000);
      await page;
      await vi.advanceTimersByTimeAsync(0);
      // The page went first, as the probe: thumbnails wait for its outcome too.
      expect(released).toBe(false);
      gate.passed();
      await vi.advanceTimersByTimeAsync(0);
      expect(released).toBe(true);
    });

    it("stops waiting behind normal requests when the caller cancels", async () => {
      const gate = new RateLimitGate();
      gate.block(60_000);
      void gate.wait();
      const controller = new AbortController();
      const waiting = gate.wait(controller.signal, "low");
      controller.abort(new Error("scrolled away"));
      await expect(waiting).rejects.toThrow("scrolled away");
    });

    it("backs off on its own and starts afresh once any request passes", () => {
      const gate = new RateLimitGate(Date.now, () => 1);
      expect(gate.block(null, "low")).toBe(1000);
      expect(gate.block(null, "low")).toBe(2000);
      expect(gate.block(null)).toBe(1000);
      vi.advanceTimersByTime(10_000);
      gate.passed();
      expect(gate.block(null, "low")).toBe(1000);
    });
  });

  describe("probe-first after a 429", () => {
    /** A request at the gate: whether it was let through, and its settle once it was. */
    function waiter(gate: RateLimitGate, signal?: AbortSignal, priority?: "low") {
      const entry: { released: boolean; settle?: Settle; error?: unknown } = { released: false };
      gate.wait(signal, priority).then(
        (settle) => {
          entry.released = true;
          entry.settle = settle;
        },
        (error: unknown) => (entry.error = error),
      );
      return entry;
    }
    const releasedCount = (waiters: { released: boolean }[]) =>
      waiters.filter((w) => w.released).length;

    it("lets only one waiting request through when the countdown ends", async () => {
      const gate = new RateLimitGate();
      gate.block(2000);
      const waiters = [waiter(gate), waiter(gate), waiter(gate)];
      await vi.advanceTimersByTimeAsync(2000);
      expect(releasedCount(waiters)).toBe(1);
      expect(gate.blockedUntil()).toBe(0);
      await vi.advanceTimersByTimeAsync(PROBE_TIMEOUT_MS - 1);
      expect(releasedCount(waiters)).toBe(1);
    });

    it("lets the next one through each time one passed, and all once none waits", async () => {
      const gate = new RateLimitGate();
      gate.block(2000);
      const waiters = [waiter(gate), waiter(gate), waiter(gate)];
      await vi.advanceTimersByTimeAsync(2000);
      gate.passed();
      await vi.advanceTimersByTimeAsync(0);
      expect(releasedCount(waiters)).toBe(2);
      await vi.advanceTimersByTimeAsync(PROBE_TIMEOUT_MS - 1);
      expect(releasedCount(waiters)).toBe(2);
      gate.passed();
      await vi.advanceTimersByTimeAsync(0);
      expect(releasedCount(waiters)).toBe(3);
      gate.passed();
      // Open again: a new request goes at once, and nobody is held any more.
      await expect(gate.wait()).resolves.toBeTypeOf("function");
    });

    it("holds requests that come while the probe is out, and lets them go with the rest", async () => {
      const gate = new RateLimitGate();
      gate.block(1000);
      const first = waiter(gate);
      await vi.advanceTimersByTimeAsync(1000);
      expect(first.released).toBe(true);
      const late = waiter(gate);
      await vi.advanceTimersByTimeAsync(1000);
      expect(late.released).toBe(false);
      gate.passed();
      await vi.advanceTimersByTimeAsync(0);
      expect(late.released).toBe(true);
      gate.passed();
    });

    it("keeps the rest waiting when the probe gets another 429, and sends one probe again at the new moment", async () => {
      const gate = new RateLimitGate();
      gate.block(2000);
      const waiters = [waiter(gate), waiter(gate), waiter(gate)];
      await vi.advanceTimersByTimeAsync(2000);
      const probe = waiters.find((w) => w.released)!;
      expect(gate.block(3000)).toBe(3000);
      // The probe's request ends (the client settles it after its 429): nothing more goes.
      probe.settle!();
      await vi.advanceTimersByTimeAsync(2999);
      expect(releasedCount(waiters)).toBe(1);
      expect(gate.blockedUntil()).toBe(1_005_000);
      // The probe waits again, as the client retries it; at the new moment one goes first.
      const retry = waiter(gate);
      await vi.advanceTimersByTimeAsync(1);
      expect(releasedCount([...waiters, retry])).toBe(2);
      gate.passed();
      await vi.advanceTimersByTimeAsync(0);
      expect(releasedCount([...waiters, retry])).toBe(3);
    });

    it("closes again when one of those going one by one is refused, and counts the passes afresh", async () => {
      const gate = new RateLimitGate();
      gate.block(1000);
      const waiters = [1, 2, 3, 4, 5, 6, 7, 8].map(() => waiter(gate));
      await vi.advanceTimersByTimeAsync(1000);
      for (const expected of [2, 3]) {
        gate.passed();
        await vi.advanceTimersByTimeAsync(0);
        expect(releasedCount(waiters)).toBe(expected);
      }
      // The third is refused: the others wait out the new moment, then go one by one again.
      gate.block(1000);
      await vi.advanceTimersByTimeAsync(999);
      expect(releasedCount(waiters)).toBe(3);
      await vi.advanceTimersByTimeAsync(1);
      expect(releasedCount(waiters)).toBe(4);
      for (const expected of [5, 6, 7, 8]) {
        gate.passed();
        await vi.advanceTimersByTimeAsync(0);
        expect(releasedCount(waiters)).toBe(expected);
      }
    });

    it("lets the rest through when the probe ends neither passed nor refused (a network error)", async () => {
      const gate = new RateLimitGate();
      gate.block(2000);
      const waiters = [waiter(gate), waiter(gate), waiter(gate)];
      await vi.advanceTimersByTimeAsync(2000);
      const probe = waiters.find((w) => w.released)!;
      probe.settle!();
      await vi.advanceTimersByTimeAsync(0);
      expect(releasedCount(waiters)).toBe(3);
    });

    it("lets the rest through when the probe has not settled in time", async () => {
      const gate = new RateLimitGate();
      gate.block(2000);
      const waiters = [waiter(gate), waiter(gate), waiter(gate)];
      await vi.advanceTimersByTimeAsync(2000 + PROBE_TIMEOUT_MS - 1);
      expect(releasedCount(waiters)).toBe(1);
      await vi.advanceTimersByTimeAsync(1);
      expect(releasedCount(waiters)).toBe(3);
    });

    it("sends the next one as the probe when the probe's caller cancels it", async () => {
      const gate = new RateLimitGate();
      gate.block(2000);
      const controller = new AbortController();
      const probe = waiter(gate, controller.signal);
      const others = [waiter(gate), waiter(gate)];
      await vi.advanceTimersByTimeAsync(2000);
      expect(probe.released).toBe(true);
      expect(releasedCount(others)).toBe(0);
      controller.abort(new Error("navigated away"));
      await vi.advanceTimersByTimeAsync(0);
      expect(releasedCount(others)).toBe(1);
      // The cancelled request's own settle (the client's finally) changes nothing more.
      probe.settle!();
      await vi.advanceTimersByTimeAsync(0);
      expect(releasedCount(others)).toBe(1);
      gate.passed();
      await vi.advanceTimersByTimeAsync(0);
      expect(releasedCount(others)).toBe(2);
    });

    it("sends another request as the probe when the one that was first in line is cancelled", async () => {
      const gate = new RateLimitGate();
      gate.block(2000);
      const controller = new AbortController();
      const cancelled = waiter(gate, controller.signal);
      const others = [waiter(gate), waiter(gate)];
      await vi.advanceTimersByTimeAsync(1000);
      controller.abort(new Error("navigated away"));
      await vi.advanceTimersByTimeAsync(1000);
      expect(cancelled.error).toBeInstanceOf(Error);
      expect(releasedCount(others)).toBe(1);
      gate.passed();
      await vi.advanceTimersByTimeAsync(0);
      expect(releasedCount(others)).toBe(2);
    });

    it("lets a thumbnail probe when no list request waits, and the list's requests go before it", async () => {
      const gate = new RateLimitGate();
      gate.block(1000);
      const thumbnails = [waiter(gate, undefined, "low"), waiter(gate, undefined, "low")];
      await vi.advanceTimersByTimeAsync(1000);
      expect(releasedCount(thumbnails)).toBe(1);
      // Refused: thumbnails wait out their own moment; a list request is not held by it.
      gate.block(5000, "low");
      const page = waiter(gate);
      await vi.advanceTimersByTimeAsync(0);
      expect(page.released).toBe(true);
      gate.passed();
      await vi.advanceTimersByTimeAsync(4999);
      expect(releasedCount(thumbnails)).toBe(1);
      await vi.advanceTimersByTimeAsync(1);
      expect(releasedCount(thumbnails)).toBe(2);
    });

    it("holds thumbnails while the probe is out, and lets them go once it passed", async () => {
      const gate = new RateLimitGate();
      gate.block(1000);
      const page = waiter(gate);
      const thumbnail = waiter(gate, undefined, "low");
      await vi.advanceTimersByTimeAsync(1000);
      expect(page.released).toBe(true);
      await vi.advanceTimersByTimeAsync(1000);
      expect(thumbnail.released).toBe(false);
      gate.passed();
      await vi.advanceTimersByTimeAsync(0);
      expect(thumbnail.released).toBe(true);
    });

    it("needs no probe when requests passed again after the moment named", async () => {
      const gate = new RateLimitGate();
      gate.block(1000);
      await vi.advanceTimersByTimeAsync(1000);
      gate.passed();
      const waiters = [waiter(gate), waiter(gate)];
      await vi.advanceTimersByTimeAsync(0);
      expect(releasedCount(waiters)).toBe(2);
    });
  });
});
