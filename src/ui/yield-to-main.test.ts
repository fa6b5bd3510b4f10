import { afterEach, describe, expect, it, vi } from "vitest";
import { yieldToMain } from "./yield-to-main";

afterEach(() => vi.unstubAllGlobals());

describe("yieldToMain", () => {
  it("goes on in a later task: what was queued before it has run", async () => {
    const ran: string[] = [];
    setTimeout(() => ran.push("queued task"), 0);
    await Promise.resolve();
    expect(ran).toEqual([]);
    await yieldToMain();
    expect(ran).toEqual(["queued task"]);
  });

  it("uses scheduler.yield() where the browser has it", async () => {
    const schedulerYield = vi.fn(() => Promise.resolve());
    vi.stubGlobal("scheduler", { yield: schedulerYield });
    await yieldToMain();
    expect(schedulerYield).toHaveBeenCalledTimes(1);
  });
});
