import { useEffect, useRef } from "react";
import { useMap } from "react-leaflet";
import { START_AT_ZOOM, type StartAt } from "./start-at";

/**
 * Inside the map: without an extent, goes to the iTwin's location once it is known (it may
 * come after the map), unless the user moved the map first. Exposes the map's centre as
 * `data-center="lat,lon"` on the container (tests, and tools reading the page).
 */
export function StartAtView({
  startAt,
  hasExtent,
}: {
  startAt: StartAt | null;
  hasExtent: boolean;
}) {
  const map = useMap();
  const moved = useRef(false);
  // An iModel that opened with an extent is shown at it, never moved to its iTwin later.
  const done = useRef(hasExtent);
  useEffect(() => {
    const container = map.getContainer();
    const write = () => {
      const c = map.getCenter();
      container.dataset.center = `${c.lat.toFixed(5)},${c.lng.toFixed(5)}`;
    };
    const byUser = () => {
      moved.current = true;
    };
    write();
    map.on("moveend", write);
    map.on("dragstart zoomstart", byUser);
    return () => {
      map.off("moveend", write);
      map.off("dragstart zoomstart", byUser);
    };
  }, [map]);
  useEffect(() => {
    if (done.current || hasExtent || startAt === null || moved.current) return;
    done.current = true;
    map.setView([startAt.lat, startAt.lon], START_AT_ZOOM, { animate: false });
  }, [map, startAt, hasExtent]);
  return null;
}
