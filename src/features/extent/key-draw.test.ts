import { describe, expect, it } from "vitest";
import { idle, movingCorner, stepKeyDraw, type KeyDraw } from "./key-draw";

const A = { lat: 46.3, lng: 7.6 };
const B = { lat: 46.1, lng: 7.8 };

function run(events: Parameters<typeof stepKeyDraw>[1][]) {
  let state: KeyDraw = idle;
  const messages: (string | null)[] = [];
  let done = null;
  for (const event of events) {
    const step = stepKeyDraw(state, event);
    state = step.state;
    messages.push(step.message);
    done = step.done ?? done;
  }
  return { state, messages, done };
}

describe("stepKeyDraw", () => {
  it("starts with the first corner where it is told, and says what the keys do", () => {
    const { state, messages } = run([{ type: "start", at: A }]);
    expect(state).toEqual({ phase: "corner", first: A });
    expect(messages[0]).toBe(
      "Drawing a rectangle. First corner at 46.3° N, 7.6° E: arrow keys move it, Enter fixes it, Escape cancels.",
    );
  });

  it("moves the first corner, fixes it, sizes from the second and commits a sorted extent", () => {
    const { state, messages, done } = run([
      { type: "start", at: { lat: 0, lng: 0 } },
      { type: "move", to: A },
      { type: "enter", second: { lat: 46.2, lng: 7.7 } },
      { type: "move", to: B },
      { type: "enter", second: { lat: 0, lng: 0 } },
    ]);
    expect(messages[1]).toBe("First corner at 46.3° N, 7.6° E.");
    expect(messages[2]).toMatch(
      /^First corner fixed\. .* Rectangle West 7\.6, South 46\.2, East 7\.7, North 46\.3\.$/,
    );
    expect(messages[3]).toBe("Rectangle West 7.6, South 46.1, East 7.8, North 46.3.");
    expect(state).toBe(idle);
    expect(done).toEqual({ west: 7.6, south: 46.1, east: 7.8, north: 46.3 });
  });

  it("sorts the corners whichever way the rectangle was sized", () => {
    const { done } = run([
      { type: "start", at: B },
      { type: "enter", second: A },
      { type: "enter", second: A },
    ]);
    expect(done).toEqual({ west: 7.6, south: 46.1, east: 7.8, north: 46.3 });
  });

  it("refuses to commit a rectangle with no area, and stays in the sizing step", () => {
    const { state, messages, done } = run([
      { type: "start", at: A },
      { type: "enter", second: { lat: A.lat, lng: 8 } },
      { type: "enter", second: A },
    ]);
    expect(done).toBeNull();
    expect(state.phase).toBe("size");
    expect(messages[2]).toBe("The rectangle has no area: size it with the arrow keys first.");
  });

  it("cancels with Escape at either step, and ignores keys when idle", () => {
    for (const events of [
      [{ type: "start", at: A }, { type: "escape" }],
      [{ type: "start", at: A }, { type: "enter", second: B }, { type: "escape" }],
    ] as const) {
      const { state, messages, done } = run([...events]);
      expect(state).toBe(idle);
      expect(done).toBeNull();
      expect(messages.at(-1)).toBe("Drawing cancelled: the extent is unchanged.");
    }
    expect(stepKeyDraw(idle, { type: "move", to: A })).toEqual({
      state: idle,
      message: null,
      done: null,
    });
    expect(stepKeyDraw(idle, { type: "escape" }).message).toBeNull();
  });

  it("names the corner the arrows move", () => {
    expect(movingCorner(idle)).toBeNull();
    expect(movingCorner({ phase: "corner", first: A })).toBe(A);
    expect(movingCorner({ phase: "size", first: A, second: B })).toBe(B);
  });
});
