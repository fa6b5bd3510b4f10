import type { FeatureCollection, Feature } from "geojson";
import { useEffect, useState } from "react";
import { GeoJSON, Pane } from "react-leaflet";
import { feature } from "topojson-client";
import type { GeometryCollection, Topology } from "topojson-specification";
import landUrl from "world-atlas/land-110m.json?url";
import { unwrapAntimeridian } from "./unwrap-antimeridian";

type Land = FeatureCollection | Feature;

let landRequest: Promise<Land> | null = null;

/** The bundled Natural Earth land, fetched once and only when the tiles fail. */
function loadLand(): Promise<Land> {
  landRequest ??= fetch(landUrl)
    .then((response) => {
      if (!response.ok) throw new Error(`${response.status} loading ${landUrl}`);
      return response.json() as Promise<Topology<{ land: GeometryCollection }>>;
    })
    .then((topology) => unwrapAntimeridian(feature(topology, topology.objects.land)));
  landRequest.catch(() => {
    landRequest = null;
  });
  return landRequest;
}

const landStyle = { color: "#8a8f7a", weight: 1, fillColor: "#f2efe6", fillOpacity: 1 };

/** A low-detail world map under the tile pane, so the rectangle is never on a blank page. */
export function WorldFallbackLayer() {
  const [land, setLand] = useState<Land | null>(null);
  useEffect(() => {
    let live = true;
    loadLand().then(
      (loaded) => {
        if (live) setLand(loaded);
      },
      () => {},
    );
    return () => {
      live = false;
    };
  }, []);
  if (land === null) return null;
  return (
    <Pane name="extent-fallback" style={{ zIndex: 150 }}>
      <GeoJSON data={land} interactive={false} style={landStyle} />
    </Pane>
  );
}
