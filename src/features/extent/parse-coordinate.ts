/** What one coordinate input's text says. */
export type CoordinateReading =
  | { kind: "empty" }
  /** `decimalComma`: the text used a comma as its decimal mark, so the field says how it read it. */
  | { kind: "number"; value: number; decimalComma: boolean }
  | { kind: "invalid"; message: string };

// One optional sign, digits with at most one decimal mark (dot or comma), nothing else.
// U+2212 is the minus sign that word processors and some keyboards produce.
const NUMBER = /^([+\-\u2212]?)(\d+(?:[.,]\d*)?|[.,]\d+)$/;

/**
 * Reads a coordinate as people type it: `7.7` and `7,7` (a decimal comma) are both 7.7.
 * Thousands separators, exponents and anything else are refused with a reason, never
 * reinterpreted: `7,7` read as 77 is the bug this exists to prevent.
 */
export function parseCoordinate(text: string): CoordinateReading {
  const trimmed = text.trim();
  if (trimmed === "") return { kind: "empty" };
  const match = NUMBER.exec(trimmed);
  if (!match) return { kind: "invalid", message: reasonRefused(trimmed) };
  const [, sign, digits] = match as unknown as [string, string, string];
  const decimalComma = digits.includes(",");
  const magnitude = Number(digits.replace(",", "."));
  const value = sign === "-" || sign === "\u2212" ? -magnitude : magnitude;
  return { kind: "number", value: value === 0 ? 0 : value, decimalComma };
}

function reasonRefused(text: string): string {
  if (/^[+\-\u2212]?[\d.,]*\d[\d.,]*[eE]/.test(text)) {
    return "Write the number out in degrees: exponents (e) are not accepted.";
  }
  if (/\d\s+\d/.test(text)) {
    return "Remove the space inside the number: digit grouping is not accepted.";
  }
  if (/^[+\-\u2212]?[\d.,]+$/.test(text) && (text.match(/[.,]/g)?.length ?? 0) > 1) {
    return "Use one decimal mark (. or ,): thousands separators are not accepted.";
  }
  return "Enter a number of degrees, such as 7.65 or 7,65.";
}

const SHOWN_DECIMALS = 7;

/** A coordinate as the inputs show it: at most 7 decimals (about 1 cm), no trailing zeros. */
export function formatCoordinate(value: number): string {
  if (!Number.isFinite(value)) return String(value);
  const fixed = value.toFixed(SHOWN_DECIMALS).replace(/\.?0+$/, "");
  return fixed === "-0" ? "0" : fixed;
}

/** The value one step of the last digit shown in `text` is worth (1 when it has no decimals). */
export function shownStep(text: string): number {
  const decimals = /[.,](\d*)\s*$/.exec(text.trim())?.[1]?.length ?? 0;
  return 10 ** -Math.min(decimals, SHOWN_DECIMALS);
}

/**
 * The text after an arrow-key step: by the last shown digit, or by 1° with Shift,
 * kept within ±`limit` and written with the decimal mark the user chose.
 */
export function stepCoordinateText(
  text: string,
  direction: 1 | -1,
  wholeDegree: boolean,
  limit: number,
): string | null {
  const reading = parseCoordinate(text);
  if (reading.kind !== "number") return null;
  const step = wholeDegree ? 1 : shownStep(text);
  const decimals = Math.round(-Math.log10(shownStep(text)));
  const next = Math.min(limit, Math.max(-limit, reading.value + direction * step));
  const written = next.toFixed(decimals);
  const tidy = Number(written) === 0 ? written.replace("-", "") : written;
  return reading.decimalComma ? tidy.replace(".", ",") : tidy;
}
