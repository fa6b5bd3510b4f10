// The figure record every measurement returns, and the small maths shared by them.

/**
 * @typedef {object} Target
 * @property {string} text    how the target reads in the table, e.g. "≤ 210 kB"
 * @property {(value: number | boolean | string) => boolean} check
 */

/**
 * @typedef {object} Figure
 * @property {string} id                 stable key in results.json
 * @property {string} group              section of the table
 * @property {string} label              what is measured
 * @property {number | boolean | string | null} value  the figure (median where runs vary); null when not measured
 * @property {string} display            how the value reads in the table (or why it is missing)
 * @property {string} target             the target as text, "—" when none
 * @property {boolean | null} met        null when there is no target or no value
 * @property {Array<number | boolean | string | null>} [runs]  every run's value, when there were several
 * @property {unknown} [details]         anything else worth keeping in results.json
 */

/** @type {Record<string, (limit: number) => Target>} */
export const targets = {
  atMost: (limit) => ({
    text: `≤ ${limit}`,
    check: (value) => typeof value === "number" && value <= limit,
  }),
  below: (limit) => ({
    text: `< ${limit}`,
    check: (value) => typeof value === "number" && value < limit,
  }),
  atLeast: (limit) => ({
    text: `≥ ${limit}`,
    check: (value) => typeof value === "number" && value >= limit,
  }),
  exactly: (limit) => ({ text: `${limit}`, check: (value) => value === limit }),
};

/** @param {boolean} expected */
export const expectBool = (expected) => ({
  text: expected ? "yes" : "no",
  check: (value) => value === expected,
});

/**
 * @param {{ id: string, group: string, label: string, value: Figure["value"], display?: string,
 *           unit?: string, target?: Target & { unit?: string }, runs?: Figure["runs"], details?: unknown }} spec
 * @returns {Figure}
 */
export function figure({ id, group, label, value, display, unit = "", target, runs, details }) {
  const shown = display ?? formatValue(value, unit);
  const met = target && value !== null && value !== undefined ? target.check(value) : null;
  return {
    id,
    group,
    label,
    value: value ?? null,
    display: shown,
    target: target ? `${target.text}${unit ? ` ${unit}` : ""}` : "—",
    met,
    ...(runs && runs.length > 1 ? { runs } : {}),
    ...(details === undefined ? {} : { details }),
  };
}

/**
 * A figure that could not be measured: the reason goes in the value's cell, the run goes on.
 * @param {{ id: string, group: string, label: string, target?: Target, unit?: string }} spec
 * @param {unknown} reason
 */
export function missing({ id, group, label, target, unit = "" }, reason) {
  const text = reason instanceof Error ? reason.message : String(reason);
  return {
    id,
    group,
    label,
    value: null,
    display: oneLine(text),
    target: target ? `${target.text}${unit ? ` ${unit}` : ""}` : "—",
    met: null,
    details: { error: text.slice(0, 3000) },
  };
}

/** @param {unknown} value @param {string} unit */
export function formatValue(value, unit) {
  if (value === null || value === undefined) return "—";
  if (typeof value === "boolean") return value ? "yes" : "no";
  if (typeof value === "number") {
    const rounded = Number.isInteger(value)
      ? String(value)
      : value.toFixed(Math.abs(value) < 10 ? 2 : 1);
    return unit ? `${rounded} ${unit}` : rounded;
  }
  return String(value);
}

/** The median of the numbers among values (null when there are none). @param {Array<unknown>} values */
export function median(values) {
  const numbers = values
    .filter((value) => typeof value === "number" && Number.isFinite(value))
    .sort((a, b) => a - b);
  if (numbers.length === 0) return null;
  const middle = Math.floor(numbers.length / 2);
  return numbers.length % 2 ? numbers[middle] : (numbers[middle - 1] + numbers[middle]) / 2;
}

/** Error text short enough for a table cell. @param {string} text */
export function oneLine(text, max = 90) {
  // Playwright's messages carry terminal colour codes.
  const flat = text
    // eslint-disable-next-line no-control-regex -- the escape character is what is matched
    .replace(/\u001b\[[0-9;]*m/g, "")
    .replace(/\s+/g, " ")
    .trim();
  return flat.length > max ? `${flat.slice(0, max - 1)}…` : flat;
}
