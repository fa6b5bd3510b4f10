type WithScheduler = { scheduler?: { yield?: () => Promise<void> } };

/**
 * Ends the current task and goes on in a new one, so the browser can paint and handle input in
 * between: a long start-up becomes several short tasks. `scheduler.yield()` where the browser has
 * it (the continuation goes first in line), a zero timeout elsewhere.
 */
export function yieldToMain(): Promise<void> {
  const scheduler = (globalThis as WithScheduler).scheduler;
  if (typeof scheduler?.yield === "function") return scheduler.yield();
  return new Promise((resolve) => setTimeout(resolve, 0));
}
