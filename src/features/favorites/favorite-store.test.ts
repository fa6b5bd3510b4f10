import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { ApiError } from "../../api/api-error";
import type { IModel } from "../../api/imodels";
import { RateLimitGate } from "../../api/rate-limit-gate";
import { createToastStore } from "../../ui/toasts";
import { RATE_LIMITED_MESSAGE } from "./favorite-messages";
import { watchRateLimit } from "./favorite-rate-limit";
import { FavoriteStore } from "./favorite-store";
import { SETTLE_MS } from "./favorite-sync";
import { testIModel } from "../../api/imodel-fixture";

const iModel = (id: string): IModel => testIModel(id, { name: `Model ${id}`, displayName: id });

type Call = {
  id: string;
  favorite: boolean;
  resolve: () => void;
  reject: (error: unknown) => void;
};

let calls: Call[];
let confirmed: [string, boolean][];
let rolledBack: [string, boolean, unknown][];

function makeStore() {
  return new FavoriteStore({
    send: (id, favorite) =>
      new Promise<void>((resolve, reject) => {
        calls.push({ id, favorite, resolve, reject });
      }),
    onConfirmed: (m, favorite) => confirmed.push([m.id, favorite]),
    onRolledBack: (m, favorite, error) => rolledBack.push([m.id, favorite, error]),
  });
}

/** Settles the promise callbacks of answered requests. */
const flush = () => vi.advanceTimersByTimeAsync(0);

beforeEach(() => {
  vi.useFakeTimers();
  calls = [];
  confirmed = [];
  rolledBack = [];
});
afterEach(() => vi.useRealTimers());

describe("favorite store", () => {
  it("shows the click at once, confirms it, then forgets the star once the burst is over", async () => {
    const store = makeStore();
    const a = iModel("a");
    const listener = vi.fn();
    store.subscribe("a", listener);
    store.toggle(a, false);
    expect(store.wanted("a")).toBe(true);
    expect(listener).toHaveBeenCalled();
    expect(calls.map((c) => [c.id, c.favorite])).toEqual([["a", true]]);
    expect(store.requestsInFlight()).toBe(true);
    calls[0]!.resolve();
    await flush();
    expect(confirmed).toEqual([["a", true]]);
    expect(store.requestsInFlight()).toBe(false);
    expect(store.wanted("a")).toBe(true);
    await vi.advanceTimersByTimeAsync(SETTLE_MS);
    expect(store.wanted("a")).toBeUndefined();
  });

  it("ten rapid clicks send two requests and end in the tenth click's state", async () => {
    const store = makeStore();
    const a = iModel("a");
    for (let i = 0; i < 10; i += 1) {
      store.toggle(a, false);
      calls.at(-1)?.resolve();
      await vi.advanceTimersByTimeAsync(30);
    }
    expect(store.wanted("a")).toBe(false);
    await vi.advanceTimersByTimeAsync(SETTLE_MS);
    calls.at(-1)!.resolve();
    await vi.advanceTimersByTimeAsync(SETTLE_MS);
    expect(calls.map((c) => c.favorite)).toEqual([true, false]);
    expect(confirmed).toEqual([
      ["a", true],
      ["a", false],
    ]);
    expect(store.wanted("a")).toBeUndefined();
  });

  it("keeps stars on different iModels independent", async () => {
    const store = makeStore();
    store.toggle(iModel("a"), false);
    store.toggle(iModel("b"), true);
    expect(calls.map((c) => [c.id, c.favorite])).toEqual([
      ["a", true],
      ["b", false],
    ]);
    calls[1]!.resolve();
    await flush();
    expect(confirmed).toEqual([["b", false]]);
    expect(store.wanted("a")).toBe(true);
  });

  it("rolls back and reports a failure", async () => {
    const store = makeStore();
    const error = new ApiError({ status: 500, code: "Http500", message: "boom" });
    store.toggle(iModel("a"), false);
    calls[0]!.reject(error);
    await flush();
    expect(store.wanted("a")).toBe(false);
    expect(rolledBack).toEqual([["a", true, error]]);
    expect(confirmed).toEqual([]);
  });

  it("lists the changes in progress", () => {
    const store = makeStore();
    store.toggle(iModel("a"), false);
    store.toggle(iModel("b"), true);
    expect(store.pending().map((p) => [p.iModel.id, p.wanted])).toEqual([
      ["a", true],
      ["b", false],
    ]);
  });
});

describe("rate-limit message", () => {
  it("shows one message while a star's request waits at the gate, and removes it when the request is done", async () => {
    const store = makeStore();
    const gate = new RateLimitGate();
    const toasts = createToastStore();
    watchRateLimit(store, gate, toasts);
    gate.block(2_000);
    expect(toasts.list()).toEqual([]);
    store.toggle(iModel("a"), false);
    store.toggle(iModel("b"), false);
    expect(toasts.list().map((t) => t.message)).toEqual([RATE_LIMITED_MESSAGE]);
    calls[0]!.resolve();
    await flush();
    expect(toasts.list()).toHaveLength(1);
    calls[1]!.resolve();
    await flush();
    expect(toasts.list()).toEqual([]);
  });
});
