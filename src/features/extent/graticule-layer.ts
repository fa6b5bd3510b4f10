import "./graticule-layer.css";
import {
  DomUtil,
  Layer,
  layerGroup,
  polyline,
  type LayerGroup,
  type Map as LeafletMap,
} from "leaflet";
import { fetchNearbyPlaces } from "../../api/geocoder";
import { graticuleLines, labelClearOfCorner, placeClearOfCorner, type View } from "./graticule";

const PANE = "extent-graticule";
const MAX_PLACES = 12;
/** Below this zoom the world's capitals would crowd the map: places are named from here in. */
const PLACES_FROM_ZOOM = 5;

/**
 * The offline map's context: meridians and parallels with their degrees, denser as one zooms
 * in, and the nearest gazetteer places by name. Labels are DOM nodes made here (Trusted
 * Types refuse Leaflet's HTML strings), placed by Leaflet's own positioning.
 */
export class GraticuleLayer extends Layer {
  private lines: LayerGroup | null = null;
  private labels: HTMLElement | null = null;
  private request: AbortController | null = null;

  constructor(private readonly geocoderUrl: string) {
    super();
  }

  onAdd(map: LeafletMap): this {
    if (!map.getPane(PANE)) map.createPane(PANE).classList.add("graticule-pane");
    this.lines = layerGroup().addTo(map);
    this.labels = DomUtil.create("div", "graticule-labels", map.getPane(PANE));
    this.labels.setAttribute("aria-hidden", "true");
    map.on("moveend", this.redraw, this);
    this.redraw();
    return this;
  }

  onRemove(map: LeafletMap): this {
    map.off("moveend", this.redraw, this);
    this.request?.abort();
    this.lines?.remove();
    this.labels?.remove();
    return this;
  }

  private view(): View {
    const b = this._map.getBounds();
    return { west: b.getWest(), south: b.getSouth(), east: b.getEast(), north: b.getNorth() };
  }

  private label(text: string, className: string, lat: number, lng: number): HTMLElement {
    const element = DomUtil.create("span", className, this.labels ?? undefined);
    element.textContent = text;
    DomUtil.setPosition(element, this._map.latLngToLayerPoint([lat, lng]));
    return element;
  }

  private redraw(): void {
    const map = this._map;
    if (!map || !this.lines || !this.labels) return;
    this.lines.clearLayers();
    this.labels.replaceChildren();
    const view = this.view();
    // Labels sit just inside the top and left edges of the view.
    const inset = map.containerPointToLatLng([6, 6]);
    for (const line of graticuleLines(view)) {
      const points: [number, number][] =
        line.axis === "lon"
          ? [
              [Math.max(view.south, -85), line.value],
              [Math.min(view.north, 85), line.value],
            ]
          : [
              [line.value, view.west],
              [line.value, view.east],
            ];
      this.lines.addLayer(
        polyline(points, {
          pane: PANE,
          interactive: false,
          className: "graticule-line",
          weight: 1,
        }),
      );
      const at =
        line.axis === "lon"
          ? map.latLngToContainerPoint([inset.lat, line.value]).x
          : map.latLngToContainerPoint([line.value, inset.lng]).y;
      if (!labelClearOfCorner(line.axis, at)) continue;
      if (line.axis === "lon")
        this.label(line.label, "graticule-label graticule-label--lon", inset.lat, line.value);
      else this.label(line.label, "graticule-label graticule-label--lat", line.value, inset.lng);
    }
    this.showPlaces(view);
  }

  private showPlaces(view: View): void {
    this.request?.abort();
    if (!this.geocoderUrl || this._map.getZoom() < PLACES_FROM_ZOOM) return;
    const request = new AbortController();
    this.request = request;
    fetchNearbyPlaces(this.geocoderUrl, view, MAX_PLACES, request.signal).then(
      (places) => {
        const map = this._map;
        if (request.signal.aborted || !this.labels || !map) return;
        for (const place of places) {
          const at = map.latLngToContainerPoint([place.lat, place.lon]);
          if (!placeClearOfCorner(at.x, at.y)) continue;
          const element = this.label(
            place.displayName.split(",")[0]!,
            "graticule-place",
            place.lat,
            place.lon,
          );
          element.dataset.place = place.displayName;
        }
      },
      // No places is still a map: the graticule and the land stay.
      () => {},
    );
  }
}
