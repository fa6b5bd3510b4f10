import { lazyValue } from "../lib/lazy-value";

// Made on first use: an Intl formatter is costly to make, and the app loads faster without.
const dateTime = lazyValue(
  () => new Intl.DateTimeFormat(undefined, { dateStyle: "medium", timeStyle: "short" }),
);
const dateOnly = lazyValue(() => new Intl.DateTimeFormat(undefined, { dateStyle: "medium" }));
const relative = lazyValue(() => new Intl.RelativeTimeFormat(undefined, { numeric: "auto" }));

/** In the user's locale; an unreadable value is shown as it came rather than as "Invalid Date". */
export function formatDateTime(iso: string | null | undefined, withTime = true): string {
  if (!iso) return "—";
  const date = new Date(iso);
  if (Number.isNaN(date.getTime())) return iso;
  return (withTime ? dateTime : dateOnly)().format(date);
}

const UNITS: [Intl.RelativeTimeFormatUnit, number][] = [
  ["year", 365 * 86_400_000],
  ["month", 30 * 86_400_000],
  ["week", 7 * 86_400_000],
  ["day", 86_400_000],
  ["hour", 3_600_000],
  ["minute", 60_000],
];

/** "3 months ago", "yesterday", "in 2 hours": the largest unit that fits, rounded down. */
export function formatRelative(iso: string, now = Date.now()): string {
  const at = Date.parse(iso);
  if (Number.isNaN(at)) return iso;
  const diff = at - now;
  for (const [unit, size] of UNITS) {
    const count = Math.trunc(diff / size);
    if (count !== 0) return relative().format(count, unit);
  }
  return relative().format(0, "minute");
}

/**
 * Makes the date formats while the browser is idle (the first ICU formatter of a page costs
 * 10-20 ms), so the render that shows the first dates, waiting on the network meanwhile, stays
 * short. Returns a function that cancels it.
 */
export function prepareDateFormats(): () => void {
  const make = () => {
    dateOnly();
    dateTime();
  };
  if (typeof window.requestIdleCallback !== "function") {
    const timer = window.setTimeout(make);
    return () => window.clearTimeout(timer);
  }
  const id = window.requestIdleCallback(make, { timeout: 1000 });
  return () => window.cancelIdleCallback(id);
}
