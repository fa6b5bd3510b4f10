import { useEffect } from "react";
import { useMap } from "react-leaflet";

/**
 * Leaflet 1.9 ends a zoom animation from a timer even once the map is removed, and throws
 * reading its removed panes (Leaflet issue #9575): a dialog closed or a page left within a
 * quarter second of a zoom did it. The animation is marked over as the map unloads, so the timer
 * finds nothing to do.
 */
export function ZoomUnloadGuard(): null {
  const map = useMap();
  // Not removed on unmount: this component's cleanup may run before the map is removed.
  useEffect(() => {
    map.once("unload", () => {
      (map as unknown as { _animatingZoom: boolean })._animatingZoom = false;
    });
  }, [map]);
  return null;
}
