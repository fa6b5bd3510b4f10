export type RowWindow = { start: number; end: number };

/**
 * Which rows of a fixed-height list to render for a scroll position: the visible ones
 * plus `overscan` on each side. `end` is exclusive.
 */
export function rowWindow(
  scrollTop: number,
  viewportHeight: number,
  rowHeight: number,
  count: number,
  overscan: number,
): RowWindow {
  if (count <= 0 || rowHeight <= 0) return { start: 0, end: 0 };
  const first = Math.floor(Math.max(0, scrollTop) / rowHeight);
  const visible = Math.ceil(Math.max(0, viewportHeight) / rowHeight) + 1;
  const start = Math.max(0, Math.min(first, count - 1) - overscan);
  const end = Math.min(count, first + visible + overscan);
  return { start, end };
}

/**
 * The rows a person can actually see, some part of each: the list's top is `listTop` px from the
 * viewport's top (negative once scrolled past). Unlike `rowWindow`, no row below the fold and
 * none hidden behind the header counts, so thumbnails are fetched for what is seen only.
 */
export function visibleRows(
  listTop: number,
  viewportHeight: number,
  rowHeight: number,
  count: number,
): RowWindow {
  if (count <= 0 || rowHeight <= 0) return { start: 0, end: 0 };
  const top = Math.max(0, -listTop);
  const bottom = viewportHeight - listTop;
  const start = Math.min(count, Math.floor(top / rowHeight));
  const end = Math.min(count, Math.max(start, Math.ceil(bottom / rowHeight)));
  return { start, end };
}
