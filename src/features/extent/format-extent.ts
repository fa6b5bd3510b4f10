import { toApiExtent, type Extent } from "./extent";

export type ExtentFormat = "wsen" | "geojson" | "wkt" | "api";

export const extentFormats: readonly { value: ExtentFormat; label: string }[] = [
  { value: "wsen", label: "West, South, East, North" },
  { value: "geojson", label: "GeoJSON Polygon" },
  { value: "wkt", label: "WKT POLYGON" },
  { value: "api", label: "iModel API extent JSON" },
];

/** Text that parseExtent reads back as the same extent. */
export function formatExtent(extent: Extent, format: ExtentFormat): string {
  const { west: w, south: s, east: e, north: n } = extent;
  switch (format) {
    case "wsen":
      return `${w},${s},${e},${n}`;
    case "geojson":
      // Exterior ring counter-clockwise, as RFC 7946 asks.
      return JSON.stringify({
        type: "Polygon",
        bbox: [w, s, e, n],
        coordinates: [
          [
            [w, s],
            [e, s],
            [e, n],
            [w, n],
            [w, s],
          ],
        ],
      });
    case "wkt":
      return `POLYGON((${w} ${s}, ${e} ${s}, ${e} ${n}, ${w} ${n}, ${w} ${s}))`;
    case "api":
      return JSON.stringify(toApiExtent(extent));
  }
}
