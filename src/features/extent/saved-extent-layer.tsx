import * as L from "leaflet";
import { useEffect } from "react";
import { useMap } from "react-leaflet";
import type { Extent } from "./extent";
import { toBounds } from "./extent-view";

/** The extent as saved: a faint dashed outline under the edited rectangle. */
export function SavedExtentLayer({ extent }: { extent: Extent }) {
  const map = useMap();
  const { west, south, east, north } = extent;
  useEffect(() => {
    const layer = L.rectangle(toBounds({ west, south, east, north }), {
      className: "extent-saved",
      interactive: false,
      weight: 2,
      dashArray: "6 4",
      fillOpacity: 0.04,
    }).addTo(map);
    layer.bringToBack();
    return () => {
      layer.remove();
    };
  }, [map, west, south, east, north]);
  return null;
}
