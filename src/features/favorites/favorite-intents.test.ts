import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import type { IModel } from "../../api/imodels";
import {
  forgetIntents,
  INTENTS_KEY,
  readIntents,
  writeIntents,
  type FavoriteIntent,
} from "./favorite-intents";
import { FavoriteStore } from "./favorite-store";
import { testIModel } from "../../api/imodel-fixture";

const plant: IModel = testIModel("a", { name: "Plant" });

describe("favorite intents in sessionStorage", () => {
  it("round-trips and clears when nothing is unconfirmed", () => {
    writeIntents([{ iModel: plant, wanted: true }]);
    expect(readIntents()).toEqual([{ iModel: plant, wanted: true }]);
    writeIntents([]);
    expect(sessionStorage.getItem(INTENTS_KEY)).toBeNull();
  });

  it("forgets every unsent star on sign-out, so the next user never sends them", () => {
    writeIntents([{ iModel: plant, wanted: true }]);
    forgetIntents();
    expect(readIntents()).toEqual([]);
  });

  it("drops what it cannot read instead of failing", () => {
    sessionStorage.setItem(INTENTS_KEY, "{not json");
    expect(readIntents()).toEqual([]);
    sessionStorage.setItem(INTENTS_KEY, JSON.stringify([{ iModel: { id: 1 }, wanted: true }]));
    expect(readIntents()).toEqual([]);
  });
});

describe("a store that keeps its unconfirmed stars", () => {
  beforeEach(() => vi.useFakeTimers());
  afterEach(() => vi.useRealTimers());

  function makeStore() {
    const sent: { id: string; favorite: boolean; resolve: () => void }[] = [];
    const store = new FavoriteStore({
      send: (id, favorite) => new Promise<void>((resolve) => sent.push({ id, favorite, resolve })),
      onConfirmed: () => {},
      onRolledBack: () => {},
      persist: writeIntents,
    });
    return { store, sent };
  }

  it("keeps a star until the server confirms it, including the second click of a burst", async () => {
    const { store, sent } = makeStore();
    store.toggle(plant, false);
    expect(readIntents()).toEqual([{ iModel: plant, wanted: true }]);
    store.toggle(plant, false);
    // The second click waits for the burst to end: not yet sent, still kept.
    expect(readIntents()).toEqual([{ iModel: plant, wanted: false }]);
    sent[0]!.resolve();
    await vi.advanceTimersByTimeAsync(1000);
    expect(sent.map((call) => call.favorite)).toEqual([true, false]);
    expect(readIntents()).toEqual([{ iModel: plant, wanted: false }]);
    sent[1]!.resolve();
    await vi.advanceTimersByTimeAsync(1000);
    expect(readIntents()).toEqual([]);
    expect(store.unconfirmed()).toEqual([]);
  });

  it("sends the stars of a previous page as asked, and shows them meanwhile", async () => {
    const intents: FavoriteIntent[] = [
      { iModel: plant, wanted: false },
      { iModel: { ...plant, id: "b" }, wanted: true },
    ];
    const { store, sent } = makeStore();
    store.resume(intents);
    expect(sent.map(({ id, favorite }) => [id, favorite])).toEqual([
      ["a", false],
      ["b", true],
    ]);
    expect(store.wanted("a")).toBe(false);
    expect(store.wanted("b")).toBe(true);
    sent.forEach((call) => call.resolve());
    await vi.advanceTimersByTimeAsync(1000);
    expect(store.unconfirmed()).toEqual([]);
    expect(store.wanted("b")).toBeUndefined();
  });
});
