import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { xhrFetch } from "./xhr-fetch";

/** Just enough XMLHttpRequest to drive upload progress by hand, under fake timers. */
class FakeXhr {
  static last: FakeXhr;
  upload: { onprogress?: (event: Partial<ProgressEvent>) => void } = {};
  onabort?: () => void;
  onerror?: () => void;
  onload?: () => void;
  responseType = "";
  constructor() {
    FakeXhr.last = this;
  }
  open() {}
  setRequestHeader() {}
  send() {}
  abort() {
    this.onabort?.();
  }
  progress(loaded: number) {
    this.upload.onprogress?.({ lengthComputable: true, loaded, total: 100 });
  }
}

beforeEach(() => {
  vi.useFakeTimers();
  vi.stubGlobal("XMLHttpRequest", FakeXhr);
});
afterEach(() => {
  vi.useRealTimers();
  vi.unstubAllGlobals();
});

const start = (signal?: AbortSignal) => {
  const progress: number[] = [];
  const init = { method: "PUT", headers: {}, body: "x", signal, idleTimeoutMs: 1000 };
  const response = xhrFetch("http://api.test/x", init, (loaded) => progress.push(loaded));
  const outcome = response.then(
    () => "answered",
    (error: DOMException) => error.name,
  );
  return { progress, outcome };
};

describe("xhrFetch's timeout", () => {
  it("counts from the last progress: a slow upload that keeps going is not a hang", async () => {
    const { progress, outcome } = start();
    for (const loaded of [10, 40, 70, 100]) {
      await vi.advanceTimersByTimeAsync(900);
      FakeXhr.last.progress(loaded);
    }
    expect(progress).toEqual([10, 40, 70, 100]);
    await vi.advanceTimersByTimeAsync(999);
    expect(await Promise.race([outcome, "pending"])).toBe("pending");
    await vi.advanceTimersByTimeAsync(1);
    expect(await outcome).toBe("TimeoutError");
  });

  it("tells the caller's abort from a timeout", async () => {
    const controller = new AbortController();
    const { outcome } = start(controller.signal);
    controller.abort();
    expect(await outcome).toBe("AbortError");
  });
});
