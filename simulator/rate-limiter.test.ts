import { describe, expect, it } from "vitest";
import { RateLimiter } from "./rate-limiter";

function limiterAt(start: number, perMinute: number, perHour: number) {
  const clock = { now: start };
  return { clock, limiter: new RateLimiter({ perMinute, perHour }, () => clock.now) };
}

describe("RateLimiter", () => {
  it("allows up to the per-minute limit, then says when the oldest request leaves the window", () => {
    const { clock, limiter } = limiterAt(1_000_000, 3, 100);
    expect(limiter.take("app").allowed).toBe(true);
    clock.now += 10_000;
    expect(limiter.take("app").allowed).toBe(true);
    expect(limiter.take("app").allowed).toBe(true);
    expect(limiter.take("app")).toEqual({ allowed: false, retryAfterSeconds: 50 });
    clock.now += 50_000;
    expect(limiter.take("app").allowed).toBe(true);
  });

  it("keeps separate budgets per client and does not count refused requests", () => {
    const { clock, limiter } = limiterAt(0, 1, 100);
    expect(limiter.take("a").allowed).toBe(true);
    expect(limiter.take("b").allowed).toBe(true);
    for (let i = 0; i < 5; i += 1) expect(limiter.take("a").allowed).toBe(false);
    clock.now += 60_001;
    expect(limiter.take("a").allowed).toBe(true);
  });

  it("applies the hourly limit", () => {
    const { clock, limiter } = limiterAt(0, 10, 2);
    limiter.take("a");
    clock.now += 120_000;
    limiter.take("a");
    clock.now += 1_000;
    expect(limiter.take("a")).toEqual({ allowed: false, retryAfterSeconds: 3600 - 121 });
  });

  it("counts the short limit in a shorter window when one is set", () => {
    const clock = { now: 0 };
    const limiter = new RateLimiter(
      { perMinute: 2, perHour: 100, windowSeconds: 5 },
      () => clock.now,
    );
    limiter.take("a");
    clock.now += 1_000;
    limiter.take("a");
    expect(limiter.take("a")).toEqual({ allowed: false, retryAfterSeconds: 4 });
    clock.now += 4_000;
    expect(limiter.take("a").allowed).toBe(true);
  });

  it("forgets everything on reset", () => {
    const { limiter } = limiterAt(0, 1, 1);
    limiter.take("a");
    expect(limiter.take("a").allowed).toBe(false);
    limiter.reset({ perMinute: 1, perHour: 1 });
    expect(limiter.take("a").allowed).toBe(true);
  });
});
