/**
 * At most `limit` tasks run at once; the rest wait in line. A waiting task whose signal aborts
 * leaves the line without ever starting, so rows scrolled past cost no request.
 */
export function createRequestSlots(limit: number) {
  let running = 0;
  const waiting: (() => void)[] = [];

  const release = () => {
    running -= 1;
    waiting.shift()?.();
  };

  return {
    run<T>(task: () => Promise<T>, signal?: AbortSignal): Promise<T> {
      return new Promise<T>((resolve, reject) => {
        const start = () => {
          signal?.removeEventListener("abort", leave);
          running += 1;
          task().then(resolve, reject).finally(release);
        };
        const leave = () => {
          const at = waiting.indexOf(start);
          if (at >= 0) waiting.splice(at, 1);
          reject(signal?.reason ?? new DOMException("Aborted", "AbortError"));
        };
        if (signal?.aborted) return leave();
        if (running < limit) return start();
        waiting.push(start);
        signal?.addEventListener("abort", leave, { once: true });
      });
    },
    get running() {
      return running;
    },
    get waiting() {
      return waiting.length;
    },
  };
}
