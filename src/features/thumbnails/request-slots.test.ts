import { describe, expect, it } from "vitest";
import { createRequestSlots } from "./request-slots";

function deferred() {
  let resolve!: () => void;
  const promise = new Promise<void>((done) => (resolve = done));
  return { promise, resolve };
}

describe("createRequestSlots", () => {
  it("runs at most the limit at once and starts the next when one ends", async () => {
    const slots = createRequestSlots(2);
    const tasks = [deferred(), deferred(), deferred()];
    const started: number[] = [];
    const done = tasks.map((task, i) =>
      slots.run(() => {
        started.push(i);
        return task.promise;
      }),
    );
    expect(started).toEqual([0, 1]);
    expect(slots.waiting).toBe(1);
    tasks[0]!.resolve();
    await done[0];
    await Promise.resolve();
    expect(started).toEqual([0, 1, 2]);
    tasks[1]!.resolve();
    tasks[2]!.resolve();
    await Promise.all(done);
    expect(slots.running).toBe(0);
  });

  it("drops a waiting task whose signal aborts, without starting it", async () => {
    const slots = createRequestSlots(1);
    const first = deferred();
    const running = slots.run(() => first.promise);
    const controller = new AbortController();
    let started = false;
    const waiting = slots.run(async () => {
      started = true;
    }, controller.signal);
    controller.abort();
    await expect(waiting).rejects.toBeDefined();
    expect(slots.waiting).toBe(0);
    first.resolve();
    await running;
    expect(started).toBe(false);
  });

  it("frees the slot when a task fails", async () => {
    const slots = createRequestSlots(1);
    await expect(slots.run(() => Promise.reject(new Error("500")))).rejects.toThrow("500");
    await expect(slots.run(() => Promise.resolve("next"))).resolves.toBe("next");
  });
});
