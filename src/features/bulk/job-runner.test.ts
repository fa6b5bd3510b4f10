import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { ApiError } from "../../api/api-error";
import type { FieldValues } from "./change-attempt";
import { JobRunner, type JobOps } from "./job-runner";
import { readJob, writeJob } from "./job-storage";
import { countItems, planJob, type JobSnapshot, type PlannedChange } from "./job-types";

const LATENCY = 100;

type Server = Map<string, FieldValues & { favorite: boolean }>;

function description(i: number, after = "Superseded"): PlannedChange {
  return {
    kind: "field",
    iModelId: `m${i}`,
    iTwinId: "twin",
    label: `Model ${i}`,
    field: "description",
    before: `old ${i}`,
    after,
  };
}

function star(i: number): PlannedChange {
  return {
    kind: "favorite",
    iModelId: `m${i}`,
    iTwinId: "twin",
    label: `Model ${i}`,
    wanted: true,
  };
}

/** A fake client: every call answers after LATENCY ms of fake time, from an in-memory server. */
function fakeOps(server: Server, failFor = new Map<string, unknown>()) {
  let inFlight = 0;
  const log = {
    maxInFlight: 0,
    patches: [] as string[],
    reads: [] as string[],
    favorites: [] as string[],
  };
  const persisted: (JobSnapshot | null)[] = [];
  const call = <T>(work: () => T): Promise<T> => {
    inFlight += 1;
    log.maxInFlight = Math.max(log.maxInFlight, inFlight);
    return new Promise<T>((resolve, reject) =>
      setTimeout(() => {
        inFlight -= 1;
        try {
          resolve(work());
        } catch (error) {
          reject(error);
        }
      }, LATENCY),
    );
  };
  const ops: JobOps = {
    read: (id) =>
      call(() => {
        log.reads.push(id);
        const error = failFor.get(`read ${id}`);
        if (error) throw error;
        return { ...server.get(id)! };
      }),
    patch: (id, field, value) =>
      call(() => {
        log.patches.push(id);
        const error = failFor.get(id);
        if (error) throw error;
        const record = server.get(id)!;
        server.set(id, { ...record, [field]: value });
        return server.get(id);
      }),
    favorite: (id, wanted) =>
      call(() => {
        log.favorites.push(id);
        const error = failFor.get(id);
        if (error) throw error;
        server.set(id, { ...server.get(id)!, favorite: wanted });
      }),
    persist: (snapshot) => persisted.push(snapshot),
    describeError: (error) => (error instanceof Error ? error.message : "?"),
  };
  return { ops, log, persisted };
}

function seed(n: number): Server {
  const server: Server = new Map();
  for (let i = 0; i < n; i += 1)
    server.set(`m${i}`, {
      name: `Model ${i}`,
      description: `old ${i}`,
      extent: null,
      favorite: false,
    });
  return server;
}

async function runAll(runner: JobRunner) {
  runner.start();
  await vi.runAllTimersAsync();
  await runner.whenIdle();
}

function expectCountsAddUp(runner: JobRunner) {
  const c = runner.counts();
  expect(c.done + c.failed + c.conflicts + c.waiting + c.inFlight + c.cancelled).toBe(c.total);
}

beforeEach(() => vi.useFakeTimers());
afterEach(() => vi.useRealTimers());

describe("JobRunner", () => {
  it("sends every change with at most the concurrency bound on its way, counts adding up throughout", async () => {
    const server = seed(20);
    const { ops, log } = fakeOps(server);
    const changes = [
      ...Array.from({ length: 10 }, (_, i) => description(i)),
      ...Array.from({ length: 10 }, (_, i) => star(i + 10)),
    ];
    const runner = new JobRunner(planJob("mixed", changes), ops, 3);
    const off = runner.subscribe(() => expectCountsAddUp(runner));
    await runAll(runner);
    off();
    expect(log.maxInFlight).toBe(3);
    expect(runner.counts()).toMatchObject({ total: 20, done: 20, waiting: 0, inFlight: 0 });
    expect(runner.phase()).toBe("finished");
    for (let i = 0; i < 10; i += 1) expect(server.get(`m${i}`)!.description).toBe("Superseded");
    for (let i = 10; i < 20; i += 1) expect(server.get(`m${i}`)!.favorite).toBe(true);
    // A field edit is a re-read and a PATCH; a star one PUT.
    expect(log.reads).toHaveLength(10);
    expect(log.patches).toHaveLength(10);
  });

  it("pause stops new sends and lets those on their way finish; resume goes on", async () => {
    const server = seed(10);
    const { ops, log } = fakeOps(server);
    const runner = new JobRunner(
      planJob(
        "stars",
        Array.from({ length: 10 }, (_, i) => star(i)),
      ),
      ops,
      2,
    );
    runner.start();
    await vi.advanceTimersByTimeAsync(LATENCY * 2 + 1);
    runner.pause();
    expect(runner.phase()).toBe("pausing");
    await vi.advanceTimersByTimeAsync(LATENCY * 10);
    expect(runner.phase()).toBe("paused");
    const sentWhilePausing = log.favorites.length;
    expect(sentWhilePausing).toBe(6);
    await vi.advanceTimersByTimeAsync(LATENCY * 10);
    expect(log.favorites).toHaveLength(sentWhilePausing);
    expect(runner.counts()).toMatchObject({ done: 6, waiting: 4, inFlight: 0 });
    runner.resume();
    await vi.runAllTimersAsync();
    expect(runner.counts()).toMatchObject({ done: 10, waiting: 0 });
  });

  it("cancel keeps what was sent and never sends what waited", async () => {
    const server = seed(10);
    const { ops, log } = fakeOps(server);
    const runner = new JobRunner(
      planJob(
        "stars",
        Array.from({ length: 10 }, (_, i) => star(i)),
      ),
      ops,
      4,
    );
    runner.start();
    await vi.advanceTimersByTimeAsync(LATENCY / 2);
    runner.cancel();
    expect(runner.counts()).toMatchObject({ inFlight: 4, cancelled: 6 });
    await vi.runAllTimersAsync();
    expect(runner.counts()).toMatchObject({ done: 4, cancelled: 6, total: 10 });
    expect(log.favorites).toEqual(["m0", "m1", "m2", "m3"]);
    expect(runner.phase()).toBe("finished");
  });

  it("retry failed sends the failed changes only, once more", async () => {
    const server = seed(6);
    const failFor = new Map<string, unknown>([
      [
        "m1",
        new ApiError({ status: 403, code: "InsufficientPermissions", message: "Not allowed." }),
      ],
      ["m4", new ApiError({ status: 500, code: "Http500", message: "Service problem." })],
    ]);
    const { ops, log } = fakeOps(server, failFor);
    const runner = new JobRunner(
      planJob(
        "desc",
        Array.from({ length: 6 }, (_, i) => description(i)),
      ),
      ops,
    );
    await runAll(runner);
    expect(runner.counts()).toMatchObject({ done: 4, failed: 2 });
    expect(
      runner
        .list()
        .filter((i) => i.status === "failed")
        .map((i) => i.reason),
    ).toEqual(["Not allowed.", "Service problem."]);
    failFor.clear();
    log.patches.length = 0;
    runner.retryFailed();
    await vi.runAllTimersAsync();
    expect(log.patches.sort()).toEqual(["m1", "m4"]);
    expect(runner.counts()).toMatchObject({ done: 6, failed: 0 });
  });

  it("lists a field someone else changed since planning as a conflict and does not send it", async () => {
    const server = seed(3);
    server.set("m1", { ...server.get("m1")!, description: "Edited by Vic" });
    const { ops, log } = fakeOps(server);
    const runner = new JobRunner(
      planJob(
        "desc",
        Array.from({ length: 3 }, (_, i) => description(i)),
      ),
      ops,
    );
    await runAll(runner);
    expect(runner.counts()).toMatchObject({ done: 2, conflicts: 1 });
    expect(server.get("m1")!.description).toBe("Edited by Vic");
    expect(log.patches).not.toContain("m1");
    expect(runner.list()[1]!.reason).toMatch(/Edited by Vic/);
  });

  it("resumes from storage after a reload without sending a confirmed change again", async () => {
    const server = seed(8);
    const storage = window.sessionStorage;
    const first = fakeOps(server);
    const plan = planJob(
      "desc",
      Array.from({ length: 8 }, (_, i) => description(i)),
    );
    let gone = false;
    const persist = (s: JobSnapshot | null) => (gone ? undefined : writeJob(s, storage));
    const runner = new JobRunner(plan, { ...first.ops, persist }, 2);
    runner.start();
    // The first two are done; the next two PATCHes are on their way when the page goes.
    await vi.advanceTimersByTimeAsync(LATENCY * 3 + 1);
    gone = true;
    runner.freeze();
    const stored = readJob(storage)!;
    expect(countItems(stored.items)).toMatchObject({ done: 2, inFlight: 2 });
    // The page is gone: the in-flight PATCHes land anyway; then the new page starts.
    await vi.runAllTimersAsync();
    const second = fakeOps(server);
    const resumed = new JobRunner(
      stored,
      { ...second.ops, persist: (s) => writeJob(s, storage) },
      2,
    );
    expect(resumed.counts()).toMatchObject({ done: 2, waiting: 6, inFlight: 0 });
    await runAll(resumed);
    expect(resumed.counts()).toMatchObject({ done: 8 });
    // The two confirmed are not touched; the two that landed unconfirmed are found done by their re-read.
    expect(second.log.reads.sort()).toEqual(["m2", "m3", "m4", "m5", "m6", "m7"]);
    expect(second.log.patches.sort()).toEqual(["m4", "m5", "m6", "m7"]);
    expect(readJob(storage)!.items.every((i) => i.status === "done")).toBe(true);
    storage.clear();
  });

  it("records nothing once the page is going, so cut-off answers are not taken as failures", async () => {
    const server = seed(4);
    const broken = new ApiError({ status: 0, code: "InvalidResponse", message: "Not JSON." });
    const failFor = new Map<string, unknown>();
    const stored: JobSnapshot[] = [];
    const { ops } = fakeOps(server, failFor);
    const runner = new JobRunner(
      planJob(
        "stars",
        Array.from({ length: 4 }, (_, i) => star(i)),
      ),
      {
        ...ops,
        persist: (s) => void (s && stored.push(s)),
      },
      2,
    );
    runner.start();
    await vi.advanceTimersByTimeAsync(LATENCY / 2);
    runner.freeze();
    failFor.set("m0", broken).set("m1", broken);
    await vi.runAllTimersAsync();
    expect(countItems(stored.at(-1)!.items)).toMatchObject({ inFlight: 2, waiting: 2, failed: 0 });
  });

  it("stops on an expired sign-in with the change still waiting, and goes on after Resume", async () => {
    const server = seed(4);
    const failFor = new Map<string, unknown>([
      ["m2", new ApiError({ status: 401, code: "SignInRequired", message: "Sign in again." })],
    ]);
    const { ops, log } = fakeOps(server, failFor);
    const runner = new JobRunner(
      planJob(
        "stars",
        Array.from({ length: 4 }, (_, i) => star(i)),
      ),
      ops,
      1,
    );
    await runAll(runner);
    expect(runner.phase()).toBe("interrupted");
    expect(runner.interruptedBy()).toBe("signIn");
    expect(runner.counts()).toMatchObject({ done: 2, waiting: 2, failed: 0 });
    failFor.clear();
    runner.resume();
    await vi.runAllTimersAsync();
    expect(runner.counts()).toMatchObject({ done: 4 });
    expect(log.favorites).toEqual(["m0", "m1", "m2", "m2", "m3"]);
  });

  it("a cut-off answer is tried again after a re-read, and fails after a few tries", async () => {
    const server = seed(2);
    const broken = new ApiError({ status: 0, code: "InvalidResponse", message: "Not JSON." });
    const failFor = new Map<string, unknown>([["m0", broken]]);
    const { ops, log } = fakeOps(server, failFor);
    const runner = new JobRunner(planJob("desc", [description(0), description(1)]), ops, 1);
    await runAll(runner);
    expect(runner.counts()).toMatchObject({ done: 1, failed: 1 });
    // The first try and three more, each after its own re-read.
    expect(log.patches.filter((id) => id === "m0")).toHaveLength(4);
    expect(log.reads.filter((id) => id === "m0")).toHaveLength(4);
  });

  it("a 429 the client gave up on is tried again later, not failed", async () => {
    const server = seed(2);
    const limited = new ApiError({ status: 429, code: "TooManyRequests", message: "Too many." });
    const failFor = new Map<string, unknown>([["m0", limited]]);
    const { ops } = fakeOps(server, failFor);
    const runner = new JobRunner(planJob("stars", [star(0), star(1)]), ops, 1);
    runner.start();
    await vi.advanceTimersByTimeAsync(LATENCY + 1);
    failFor.clear();
    await vi.runAllTimersAsync();
    expect(runner.counts()).toMatchObject({ done: 2, failed: 0 });
  });
});
