import { latLngBounds, type Map as LeafletMap } from "leaflet";
import type { Extent } from "./extent";

/** Goes to a found place: its box filled, at most a town's zoom, animated unless reduced motion is asked for. */
export function showPlace(map: LeafletMap, box: Extent): void {
  const bounds = latLngBounds([box.south, box.west], [box.north, box.east]);
  const still = window.matchMedia?.("(prefers-reduced-motion: reduce)").matches ?? false;
  map.flyToBounds(bounds, { maxZoom: 14, padding: [16, 16], animate: !still, duration: 0.6 });
}
