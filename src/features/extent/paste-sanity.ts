import type { Extent } from "./extent";
import { findExtentProblem } from "./extent-rules";

const NUMBER = /^[+-]?(?:\d+(?:\.\d*)?|\.\d+)$/;

/** The four numbers of a plain list ("a, b, c, d"), the one format whose order is a habit. */
export function plainFourNumbers(text: string): [number, number, number, number] | null {
  const tokens = text
    .trim()
    .split(/[\s,;]+/)
    .filter(Boolean)
    .map((t) => t.replace(/°$/, ""));
  if (tokens.length !== 4 || !tokens.every((t) => NUMBER.test(t))) return null;
  return tokens.map(Number) as [number, number, number, number];
}

/** "lat, lon, lat, lon" read as "West, South, East, North". */
export function swappedExtent([a, b, c, d]: readonly number[]): Extent {
  return { west: b!, south: a!, east: d!, north: c! };
}

function overlaps(a: Extent, b: Extent): boolean {
  return a.west <= b.east && b.west <= a.east && a.south <= b.north && b.south <= a.north;
}

export type SwapContext = {
  /** The extent in the editor before the paste, to tell which reading is near it. */
  current: Extent | null;
  /** The user took the swap for an earlier paste. */
  latFirstBefore: boolean;
};

/**
 * The extent to offer when a pasted list looks latitude-first (as map apps give
 * "lat, lon"): when only the swapped reading is valid, when it alone lies over the extent
 * already there, or when the user's earlier pastes were latitude-first. Otherwise null.
 */
export function suggestSwap(text: string, ctx: SwapContext): Extent | null {
  const numbers = plainFourNumbers(text);
  if (!numbers) return null;
  const [a, b, c, d] = numbers;
  const asRead: Extent = { west: a, south: b, east: c, north: d };
  const swapped = swappedExtent(numbers);
  if (findExtentProblem(swapped) !== null) return null;
  if (findExtentProblem(asRead) !== null) return swapped;
  if (ctx.latFirstBefore) return swapped;
  if (ctx.current && overlaps(swapped, ctx.current) && !overlaps(asRead, ctx.current)) {
    return swapped;
  }
  return null;
}
