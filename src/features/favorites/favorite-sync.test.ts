import { describe, expect, it } from "vitest";
import { ApiError } from "../../api/api-error";
import {
  click,
  failed,
  isSettled,
  newEntry,
  settle,
  SETTLE_MS,
  succeeded,
  type FavoriteEffect,
  type FavoriteEntry,
  type FavoriteStep,
} from "./favorite-sync";

const serverError = new ApiError({
  status: 500,
  code: "Http500",
  message: "The iTwin Platform had a problem.",
});
const forbidden = new ApiError({ status: 403, code: "InsufficientPermissions", message: "No." });
const rateLimited = new ApiError({
  status: 429,
  code: "RateLimitExceeded",
  message: "Too many requests.",
});

/** Plain assertion for the hot path of the exhaustive runs (expect() is slow there). */
function check(condition: boolean, message: string): void {
  if (!condition) throw new Error(message);
}

/** One star against a fake server, with virtual time; records what the machine did. */
class Harness {
  entry: FavoriteEntry;
  server: boolean;
  now = 1_000;
  inFlight: boolean | null = null;
  wakes: number[] = [];
  /** Each request: when it started, and what it asked for. */
  requests: { at: number; favorite: boolean }[] = [];
  clicks: { at: number; wanted: boolean }[] = [];
  rollbacks: FavoriteEffect[] = [];
  confirmations: boolean[] = [];

  constructor(initial = false) {
    this.server = initial;
    this.entry = newEntry(initial);
  }

  private apply(step: FavoriteStep): void {
    this.entry = step.entry;
    for (const effect of step.effects) {
      if (effect.type === "send") {
        check(this.inFlight === null, "a second request while one is in flight");
        this.inFlight = effect.favorite;
        this.requests.push({ at: this.now, favorite: effect.favorite });
      } else if (effect.type === "wake") {
        check(effect.at > this.now, "a wake-up in the past");
        this.wakes.push(effect.at);
      } else if (effect.type === "confirmed") {
        check(effect.favorite === this.server, "confirmed a state the server does not hold");
        this.confirmations.push(effect.favorite);
      } else {
        this.rollbacks.push(effect);
      }
    }
  }

  /** Moves the clock on, firing the wake-ups that fall due on the way. */
  advance(ms: number): void {
    const until = this.now + ms;
    for (;;) {
      const due = this.wakes.filter((at) => at <= until).sort((a, b) => a - b)[0];
      if (due === undefined) break;
      this.wakes = this.wakes.filter((at) => at !== due);
      this.now = Math.max(this.now, due);
      this.apply(settle(this.entry, this.now));
    }
    this.now = until;
  }

  click(gapMs = 30): void {
    this.advance(gapMs);
    this.apply(click(this.entry, this.now));
    this.clicks.push({ at: this.now, wanted: this.entry.wanted });
  }

  respond(outcome: "ok" | "fail" = "ok", error: unknown = serverError, delayMs = 5): void {
    if (this.inFlight === null) throw new Error("nothing in flight");
    this.advance(delayMs);
    if (outcome === "ok") {
      this.server = this.inFlight;
      this.inFlight = null;
      this.apply(succeeded(this.entry, this.now));
    } else {
      this.inFlight = null;
      this.apply(failed(this.entry, error, this.now));
    }
  }

  /** Lets every request succeed and every timer fire until the star is settled. */
  finish(): void {
    for (let guard = 0; guard < 20; guard += 1) {
      if (this.inFlight !== null) this.respond("ok");
      else if (this.wakes.length > 0) this.advance(Math.max(...this.wakes) - this.now);
      else break;
    }
    check(isSettled(this.entry, this.now), "not settled after every answer and timer");
  }

  /** Requests started, per burst of clicks (clicks less than SETTLE_MS apart). */
  requestsPerBurst(): number[] {
    const burstOfClick: number[] = [];
    this.clicks.forEach((c, i) => {
      const previous = this.clicks[i - 1];
      burstOfClick.push(previous && c.at - previous.at < SETTLE_MS ? burstOfClick[i - 1]! : i);
    });
    const counts = new Map<number, number>();
    for (const request of this.requests) {
      const lastClick = this.clicks.findLastIndex((c) => c.at <= request.at);
      const burst = burstOfClick[lastClick]!;
      counts.set(burst, (counts.get(burst) ?? 0) + 1);
    }
    return [...counts.values()];
  }
}

describe("favorite sync: single clicks", () => {
  it("sends one request per click and settles on the server's answer", () => {
    const h = new Harness(false);
    h.click();
    expect(h.entry.wanted).toBe(true);
    expect(h.requests).toEqual([{ at: h.now, favorite: true }]);
    h.respond("ok");
    expect(h.confirmations).toEqual([true]);
    h.finish();
    expect(h.server).toBe(true);
    expect(h.requests).toHaveLength(1);
  });

  it("removes a favorite", () => {
    const h = new Harness(true);
    h.click();
    expect(h.requests).toEqual([{ at: h.now, favorite: false }]);
    h.finish();
    expect(h.server).toBe(false);
  });

  it("shows the wanted state while the request waits (for example on a 429 the client is waiting out)", () => {
    const h = new Harness(false);
    h.click();
    h.advance(10_000);
    expect(h.entry.wanted).toBe(true);
    expect(h.entry.confirmed).toBe(false);
    expect(h.requests).toHaveLength(1);
    h.respond("ok");
    expect(h.entry).toMatchObject({ wanted: true, confirmed: true, inFlight: false });
  });

  it("sends at once for a click that starts a new burst, even just after the last one settled", () => {
    const h = new Harness(false);
    h.click();
    h.finish();
    h.click(SETTLE_MS);
    expect(h.requests).toHaveLength(2);
    expect(h.requests[1]).toEqual({ at: h.now, favorite: false });
  });
});

describe("favorite sync: rapid clicks", () => {
  it("ten clicks on a fast server end in the tenth click's state with two requests", () => {
    const h = new Harness(false);
    for (let i = 0; i < 10; i += 1) {
      h.click(40);
      if (h.inFlight !== null) h.respond("ok", undefined, 2);
    }
    expect(h.entry.wanted).toBe(false);
    h.finish();
    expect(h.server).toBe(false);
    expect(h.requests.map((r) => r.favorite)).toEqual([true, false]);
  });

  it("ten clicks on a slow server: one request, then one more after the burst", () => {
    const h = new Harness(false);
    for (let i = 0; i < 10; i += 1) h.click(20);
    expect(h.requests).toHaveLength(1);
    h.respond("ok", undefined, 1_000);
    expect(h.requests.map((r) => r.favorite)).toEqual([true, false]);
    h.finish();
    expect(h.server).toBe(false);
  });

  it("an odd number of clicks ends starred; nothing more is sent when the first answer already matches", () => {
    const h = new Harness(false);
    for (let i = 0; i < 9; i += 1) h.click(20);
    h.respond("ok", undefined, 1_000);
    h.finish();
    expect(h.server).toBe(true);
    expect(h.requests).toHaveLength(1);
  });

  it("waits for the clicks to stop before the second request", () => {
    const h = new Harness(false);
    h.click();
    h.respond("ok", undefined, 1);
    h.click(10);
    h.advance(SETTLE_MS - 1);
    expect(h.requests).toHaveLength(1);
    h.advance(1);
    expect(h.requests.map((r) => r.favorite)).toEqual([true, false]);
  });

  it("keeps bursts apart: a burst during the follow-up request gets its own two at most", () => {
    const h = new Harness(false);
    h.click();
    h.click();
    h.respond("ok", undefined, SETTLE_MS + 100);
    expect(h.requests).toHaveLength(2);
    for (let i = 0; i < 5; i += 1) h.click(i === 0 ? SETTLE_MS : 20);
    h.finish();
    expect(h.server).toBe(h.clicks.at(-1)!.wanted);
    expect(Math.max(...h.requestsPerBurst())).toBeLessThanOrEqual(2);
  });
});

describe("favorite sync: failures", () => {
  it.each([
    ["500", serverError],
    ["403", forbidden],
    ["429 after the client's own retries", rateLimited],
  ])("rolls back to the server state on %s and reports it", (_name, error) => {
    const h = new Harness(false);
    h.click();
    h.respond("fail", error);
    expect(h.entry).toMatchObject({ wanted: false, confirmed: false, inFlight: false });
    expect(h.rollbacks).toEqual([{ type: "rolledBack", favorite: true, error }]);
    h.finish();
    expect(h.requests).toHaveLength(1);
    expect(h.server).toBe(false);
  });

  it("rolls back a failed remove to starred", () => {
    const h = new Harness(true);
    h.click();
    h.respond("fail");
    expect(h.entry.wanted).toBe(true);
    expect(h.rollbacks).toEqual([{ type: "rolledBack", favorite: false, error: serverError }]);
  });

  it("says nothing when the user had already clicked back to the server state", () => {
    const h = new Harness(false);
    h.click();
    h.click();
    h.respond("fail");
    expect(h.rollbacks).toEqual([]);
    h.finish();
    expect(h.requests).toHaveLength(1);
    expect(h.entry.wanted).toBe(false);
  });

  it("does not retry a failed request by itself", () => {
    const h = new Harness(false);
    h.click();
    h.click();
    h.click();
    h.respond("fail");
    h.finish();
    expect(h.requests).toHaveLength(1);
    expect(h.server).toBe(false);
    expect(h.entry.wanted).toBe(false);
  });

  it("a failed follow-up puts the star back to what the first request confirmed", () => {
    const h = new Harness(false);
    h.click();
    h.click();
    h.respond("ok", undefined, SETTLE_MS);
    expect(h.requests.map((r) => r.favorite)).toEqual([true, false]);
    h.respond("fail");
    expect(h.entry).toMatchObject({ wanted: true, confirmed: true });
    expect(h.server).toBe(true);
  });
});

describe("favorite sync: every interleaving", () => {
  type Action = "click" | "ok" | "fail" | "pause";
  const ACTIONS: Action[] = ["click", "ok", "fail", "pause"];

  function* sequences(length: number): Generator<Action[]> {
    if (length === 0) {
      yield [];
      return;
    }
    for (const rest of sequences(length - 1)) for (const action of ACTIONS) yield [...rest, action];
  }

  function run(actions: Action[], initial: boolean): Harness {
    const h = new Harness(initial);
    for (const action of actions) {
      if (action === "click") h.click(25);
      else if (action === "pause") h.advance(SETTLE_MS + 50);
      else if (h.inFlight !== null) h.respond(action, serverError, 15);
    }
    h.finish();
    return h;
  }

  it("converges on the server state, on the last click when nothing failed after it, with at most two requests per burst", () => {
    let checked = 0;
    for (const initial of [false, true]) {
      for (const actions of sequences(8)) {
        const h = run(actions, initial);
        const lastClick = h.clicks.at(-1);
        const where = `${initial} ${actions.join(",")}`;
        check(
          h.entry.wanted === h.server && h.entry.confirmed === h.server,
          `star differs from server: ${where}`,
        );
        if (!actions.includes("fail")) {
          check(
            h.server === (lastClick ? lastClick.wanted : initial),
            `server differs from last click: ${where}`,
          );
        }
        if (!lastClick) check(h.requests.length === 0, `request without a click: ${where}`);
        check(
          Math.max(0, ...h.requestsPerBurst()) <= 2,
          `more than two requests in a burst: ${where}`,
        );
        if (h.rollbacks.length > 0)
          check(actions.includes("fail"), `rollback without a failure: ${where}`);
        checked += 1;
      }
    }
    expect(checked).toBe(2 * 4 ** 8);
  }, 30_000);

  it("a failure is reported exactly when the star had to move back", () => {
    for (const actions of sequences(7)) {
      const h = new Harness(false);
      for (const action of actions) {
        if (action === "click") h.click(25);
        else if (action === "pause") h.advance(SETTLE_MS + 50);
        else if (h.inFlight !== null) {
          const shownBefore = h.entry.wanted;
          const reportsBefore = h.rollbacks.length;
          h.respond(action, serverError, 15);
          const moved = shownBefore !== h.entry.wanted;
          expect(h.rollbacks.length - reportsBefore).toBe(action === "fail" && moved ? 1 : 0);
          if (action === "ok") expect(moved).toBe(false);
        }
      }
    }
  });
});
