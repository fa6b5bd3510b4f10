// The interface is written in English, so its numbers are too ("10,000", not "10.000" beside
// English words), the same in every component and in tests on any machine.
const counts = new Intl.NumberFormat("en-US", { maximumFractionDigits: 0 });

/** A count for people to read: grouped thousands, no decimals. */
export function formatCount(n: number): string {
  return counts.format(n);
}
