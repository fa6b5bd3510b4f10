import type { Extent } from "./extent";
import { formatCount } from "../../ui/format-number";

const KM_PER_DEGREE = 111.32;
/** Bentley's guidance for an iModel's extent, with and without a geographic coordinate system. */
export const GCS_LIMIT_KM = 350;
export const NO_GCS_LIMIT_KM = 20;

/** The extent's larger span in kilometres: east-west where it is widest, or north-south. */
export function extentSpanKm(e: Extent): number {
  const nearestEquator = e.south > 0 ? e.south : e.north < 0 ? e.north : 0;
  const width = (e.east - e.west) * KM_PER_DEGREE * Math.cos((nearestEquator * Math.PI) / 180);
  const height = (e.north - e.south) * KM_PER_DEGREE;
  return Math.max(Math.abs(width), Math.abs(height));
}

/**
 * A note, never an error, when the extent is wider than the guidance. The API does not say
 * whether the iModel has a geographic coordinate system, so the note names both limits.
 */
export function extentSizeNote(e: Extent | null): string | null {
  if (e === null || !Object.values(e).every(Number.isFinite)) return null;
  const km = extentSpanKm(e);
  if (km <= NO_GCS_LIMIT_KM) return null;
  const across = `This extent is about ${formatCount(Math.round(km))} km across`;
  return km > GCS_LIMIT_KM
    ? `${across}: wider than Bentley's guidance of about ${GCS_LIMIT_KM} km for an iModel with a geographic coordinate system, and ${NO_GCS_LIMIT_KM} km without one.`
    : `${across}: within Bentley's guidance of about ${GCS_LIMIT_KM} km for an iModel with a geographic coordinate system, wider than the ${NO_GCS_LIMIT_KM} km for one without.`;
}
