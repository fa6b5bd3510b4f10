/** How many tiles fit a row of `width`: at least one, each at least `minWidth` wide. */
export function columnsFor(width: number, minWidth: number, gap: number): number {
  if (width <= 0 || minWidth <= 0) return 1;
  return Math.max(1, Math.floor((width + gap) / (minWidth + gap)));
}

/** Where a key moves the focus among `count` items laid out `columns` to a row; null: not ours. */
export function nextIndex(
  key: string,
  index: number,
  count: number,
  columns: number,
  pageRows: number,
): number | null {
  const last = count - 1;
  const clamp = (i: number) => Math.max(0, Math.min(last, i));
  switch (key) {
    case "ArrowDown":
      return clamp(index + columns);
    case "ArrowUp":
      return clamp(index - columns);
    case "ArrowRight":
      return columns > 1 ? clamp(index + 1) : null;
    case "ArrowLeft":
      return columns > 1 ? clamp(index - 1) : null;
    case "PageDown":
      return clamp(index + columns * pageRows);
    case "PageUp":
      return clamp(index - columns * pageRows);
    case "Home":
      return 0;
    case "End":
      return last;
    default:
      return null;
  }
}
