import type { Layer } from "leaflet";
import { useContext, useEffect } from "react";
import { useMap } from "react-leaflet";
import type { TileAttribution } from "../../config";
import { ConfigContext } from "../../config-context";

/** What the offline map shows: Natural Earth's land, and GeoNames' places when a geocoder names them. */
const NATURAL_EARTH = { text: "Natural Earth", href: "https://www.naturalearthdata.com" };
const GEONAMES = { text: "GeoNames", href: "https://www.geonames.org" };
const LAND_ONLY: TileAttribution = ["Offline map: ", NATURAL_EARTH];
const LAND_AND_PLACES: TileAttribution = ["Offline map: ", NATURAL_EARTH, ", places ", GEONAMES];

export function useOfflineAttribution(): TileAttribution {
  return useContext(ConfigContext)?.geocoderUrl ? LAND_AND_PLACES : LAND_ONLY;
}

/** Inside the map when tiles fail: the labelled graticule and places (a chunk of its own). */
export function OfflineContext() {
  const map = useMap();
  const geocoderUrl = useContext(ConfigContext)?.geocoderUrl ?? "";
  useEffect(() => {
    let live = true;
    let layer: Layer | undefined;
    import("./graticule-layer").then(
      ({ GraticuleLayer }) => {
        if (live) layer = new GraticuleLayer(geocoderUrl).addTo(map);
      },
      () => {},
    );
    return () => {
      live = false;
      layer?.remove();
    };
  }, [map, geocoderUrl]);
  return null;
}
