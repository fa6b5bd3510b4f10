/** A labelled graticule's lines for a view: pure numbers, drawn by graticule-layer.ts. */

export type View = { west: number; south: number; east: number; north: number };
export type GraticuleLine = { axis: "lat" | "lon"; value: number; label: string };

/** From the whole world (30°) down to a site (0.01°, about 1 km). */
export const STEPS = [30, 10, 5, 2, 1, 0.5, 0.2, 0.1, 0.05, 0.02, 0.01] as const;
/** Mercator's edge: parallels beyond are not drawn. */
const MAX_LAT = 85;

/** The largest step that still gives at least `minLines` lines across the view's narrower side. */
export function stepFor(view: View, minLines = 3): number {
  const span = Math.min(view.east - view.west, view.north - view.south);
  return STEPS.find((step) => span / step >= minLines) ?? STEPS[STEPS.length - 1]!;
}

function decimalsOf(step: number): number {
  return Math.max(0, Math.ceil(-Math.log10(step) - 1e-9));
}

/** "46.22° N", "7.75° E", "0°", "180°": as many decimals as the step needs. */
export function formatDegrees(value: number, axis: "lat" | "lon", step: number): string {
  const decimals = decimalsOf(step);
  const rounded = Number(value.toFixed(decimals));
  const wrapped = axis === "lon" ? ((((rounded + 180) % 360) + 360) % 360) - 180 : rounded;
  const magnitude = Math.abs(wrapped).toFixed(decimals);
  if (Number(magnitude) === 0) return "0°";
  if (axis === "lon" && Number(magnitude) === 180) return "180°";
  const hemisphere = axis === "lat" ? (wrapped > 0 ? "N" : "S") : wrapped > 0 ? "E" : "W";
  return `${magnitude}° ${hemisphere}`;
}

/** Multiples of `step` in [from, to], without floating-point drift. */
function multiples(from: number, to: number, step: number): number[] {
  const decimals = decimalsOf(step);
  const values: number[] = [];
  for (let i = Math.ceil(from / step - 1e-9); i * step <= to + 1e-9; i += 1)
    values.push(Number((i * step).toFixed(decimals)));
  return values;
}

/** The meridians and parallels to draw over a view (longitudes may run past ±180 on a wrapped map). */
export function graticuleLines(view: View, step = stepFor(view)): GraticuleLine[] {
  const south = Math.max(view.south, -MAX_LAT);
  const north = Math.min(view.north, MAX_LAT);
  return [
    ...multiples(view.west, view.east, step).map((value) => ({
      axis: "lon" as const,
      value,
      label: formatDegrees(value, "lon", step),
    })),
    ...multiples(south, north, step).map((value) => ({
      axis: "lat" as const,
      value,
      label: formatDegrees(value, "lat", step),
    })),
  ];
}

/**
 * The map's top-left corner holds its zoom buttons, where the top edge's and the left edge's
 * labels would also meet: no label is placed there. In CSS px from the map's corner, for the
 * line's position along its edge (a meridian's x, a parallel's y; a parallel's label sits above it).
 */
const ZOOM_CORNER = { right: 48, bottom: 92 };

export function labelClearOfCorner(axis: "lat" | "lon", along: number): boolean {
  return along >= (axis === "lon" ? ZOOM_CORNER.right : ZOOM_CORNER.bottom);
}

/** A place's name starts at its dot and runs right: a dot in the corner would be under the buttons. */
export function placeClearOfCorner(x: number, y: number): boolean {
  return x >= ZOOM_CORNER.right || y >= ZOOM_CORNER.bottom;
}
