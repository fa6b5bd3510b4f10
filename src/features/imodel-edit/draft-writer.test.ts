import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { createDraftWriter } from "./draft-writer";

describe("draft writer", () => {
  beforeEach(() => vi.useFakeTimers());
  afterEach(() => vi.useRealTimers());

  const make = () => {
    const writes: string[] = [];
    const writer = createDraftWriter<string>((value) => writes.push(value), 300);
    writer.change("clean", "clean");
    return { writes, writer };
  };

  it("takes the first state as what storage holds and writes nothing for it", () => {
    const { writes, writer } = make();
    writer.flush();
    vi.advanceTimersByTime(1000);
    expect(writes).toEqual([]);
    expect(writer.hasPending()).toBe(false);
  });

  it("writes a change once the debounce has passed", () => {
    const { writes, writer } = make();
    writer.change("Z", "Z");
    vi.advanceTimersByTime(299);
    expect(writes).toEqual([]);
    vi.advanceTimersByTime(1);
    expect(writes).toEqual(["Z"]);
  });

  it("drops a pending write when the values return to what was last written", () => {
    const { writes, writer } = make();
    writer.change("Z", "Z");
    writer.change("clean", "clean");
    expect(writer.hasPending()).toBe(false);
    writer.flush();
    vi.advanceTimersByTime(1000);
    expect(writes).toEqual([]);
  });

  it("drops a pending write when storage was settled meanwhile (a discard)", () => {
    const { writes, writer } = make();
    writer.change("Z", "Z");
    writer.settled("clean");
    writer.flush();
    vi.advanceTimersByTime(1000);
    expect(writes).toEqual([]);
  });

  it("flushes the latest pending value at once, and only once", () => {
    const { writes, writer } = make();
    writer.change("A", "A");
    writer.change("AB", "AB");
    writer.flush();
    writer.flush();
    vi.advanceTimersByTime(1000);
    expect(writes).toEqual(["AB"]);
  });

  it("writes the way back after a change was written", () => {
    const { writes, writer } = make();
    writer.change("Z", "Z");
    vi.advanceTimersByTime(300);
    writer.change("clean", "clean");
    writer.flush();
    expect(writes).toEqual(["Z", "clean"]);
  });
});
