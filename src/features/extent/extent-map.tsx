import "leaflet/dist/leaflet.css";
import "./extent-map.css";
import {
  memo,
  useCallback,
  useEffect,
  useId,
  useImperativeHandle,
  useMemo,
  useRef,
  useState,
  type Ref,
} from "react";
import type { Map as LeafletMap } from "leaflet";
import { MapContainer, TileLayer, useMap } from "react-leaflet";
import { ZoomUnloadGuard } from "./zoom-unload-guard";
import type { TileAttribution } from "../../config";
import { AttributionControl } from "./attribution-control";
import { sameExtent, type Extent } from "./extent";
import { shownExtent, type LatLng } from "./extent-gesture";
import { ExtentLayer } from "./extent-layer";
import { SavedExtentLayer } from "./saved-extent-layer";
import { fitOptions, toBounds, type ExtentLayerController } from "./extent-layer-controller";
import { useAfterFirstPaint } from "../../ui/use-after-first-paint";
import { useNearViewport } from "../../ui/use-near-viewport";
import { WorldFallbackLayer } from "./world-fallback-layer";
import { showPlace } from "./find-place-map";
import type { StartAt } from "./start-at";
import { StartAtView } from "./start-at-view";
import { OfflineContext, useOfflineAttribution } from "./offline-context";

export type ExtentMapHandle = {
  zoomToExtent(): void;
  showPlace(box: Extent): void;
  startKeyDraw(at?: LatLng | null): void;
};

export type ExtentMapProps = {
  value: Extent | null;
  /** The saved extent, drawn faintly behind the edited one when they differ. */
  saved?: Extent | null;
  onChange(next: Extent): void;
  onMessage(message: string): void;
  drawing: boolean;
  onDrawEnd(): void;
  disabled: boolean;
  tileUrl: string;
  tileAttribution: TileAttribution;
  /** The user is working in the extent field: the map is made even when out of sight. */
  inUse?: boolean;
  /** Without an extent, the map opens here (the iTwin's location). */
  startAt?: StartAt | null;
  ref?: Ref<ExtentMapHandle>;
};

/** Without a loaded tile after this long, the bundled world map is shown as well. */
const TILE_TIMEOUT_MS = 6000;

function ExtentMapView(props: ExtentMapProps) {
  const { value, disabled, drawing, tileUrl, tileAttribution, ref } = props;
  const instructionsId = useId();
  const mapInstructionsId = useId();
  const controller = useRef<ExtentLayerController | null>(null);
  const onController = useCallback((c: ExtentLayerController | null) => {
    controller.current = c;
  }, []);
  const leaflet = useRef<LeafletMap | null>(null);
  useImperativeHandle(
    ref,
    () => ({
      zoomToExtent: () => controller.current?.zoomToExtent(),
      showPlace: (box) => leaflet.current && showPlace(leaflet.current, box),
      startKeyDraw: (at) => controller.current?.startKeyDraw(at),
    }),
    [],
  );
  const savedShown = shownExtent(props.saved ?? null);
  const showSaved = savedShown !== null && !sameExtent(savedShown, shownExtent(value));

  const [initialBounds] = useState(() => {
    const shown = shownExtent(value);
    return shown ? toBounds(shown) : undefined;
  });

  // Made once in or near sight (or in use), in steps, each in a task of its own after a
  // paint: the map, its tiles, the extent. Below the fold on a phone, it is not made at load.
  const placeholder = useRef<HTMLDivElement>(null);
  const near = useNearViewport(placeholder, "100px");
  const mapCreated = useAfterFirstPaint(near || props.inUse === true);
  const tilesShown = useAfterFirstPaint(mapCreated);
  const extentShown = useAfterFirstPaint(tilesShown);
  const [tilesFailed, setTilesFailed] = useState(false);
  const [tileLoaded, setTileLoaded] = useState(false);
  const tileEvents = useMemo(
    () => ({ tileerror: () => setTilesFailed(true), tileload: () => setTileLoaded(true) }),
    [],
  );
  useEffect(() => {
    if (tileLoaded || !tilesShown) return;
    const timer = window.setTimeout(() => setTilesFailed(true), TILE_TIMEOUT_MS);
    return () => window.clearTimeout(timer);
  }, [tileLoaded, tilesShown]);

  const offline = tilesFailed && !tileLoaded;
  const offlineAttribution = useOfflineAttribution();
  return (
    <div className={offline ? "extent-map extent-map--offline" : "extent-map"}>
      {mapCreated ? (
        <MapContainer
          ref={leaflet}
          className="extent-map__map"
          bounds={initialBounds}
          boundsOptions={fitOptions}
          center={initialBounds ? undefined : [20, 0]}
          zoom={initialBounds ? undefined : 1}
          boxZoom={false}
          // Tiles appear at once: fading each in cost a style change per tile per frame.
          fadeAnimation={false}
          // Ours is made with DOM methods: Leaflet's writes HTML, which Trusted Types refuse.
          attributionControl={false}
        >
          <MapContainerName describedBy={mapInstructionsId} />
          <ZoomUnloadGuard />
          <StartAtView startAt={props.startAt ?? null} hasExtent={initialBounds !== undefined} />
          {/* On high-density screens, four tiles of the next zoom level in place of one: sharp, not upscaled. */}
          {tilesShown && <TileLayer url={tileUrl} eventHandlers={tileEvents} detectRetina />}
          {tilesShown && (
            <AttributionControl attribution={offline ? offlineAttribution : tileAttribution} />
          )}
          {tilesFailed && <WorldFallbackLayer />}
          {tilesFailed && <OfflineContext />}
          {extentShown && showSaved && <SavedExtentLayer extent={savedShown} />}
          {extentShown && (
            <ExtentLayer
              value={value}
              disabled={disabled}
              drawing={drawing}
              onChange={props.onChange}
              onMessage={props.onMessage}
              onDrawEnd={props.onDrawEnd}
              describedBy={instructionsId}
              onController={onController}
            />
          )}
        </MapContainer>
      ) : (
        <div ref={placeholder} className="extent-map__map" />
      )}
      <p id={mapInstructionsId} className="extent-map__instructions">
        Arrow keys pan the map, plus and minus zoom. N draws a new rectangle from the keyboard.
      </p>
      <p id={instructionsId} className="extent-map__instructions">
        Drag to move or resize the extent. Arrow keys move it, Shift with an arrow key moves it
        further, Escape cancels.
      </p>
      {showSaved && (
        <p className="extent-map__legend" aria-hidden="true">
          <span className="extent-map__swatch extent-map__swatch--edited" />
          <span>Edited</span>
          <span className="extent-map__swatch extent-map__swatch--saved" />
          <span>Saved</span>
        </p>
      )}
      {tilesFailed && !tileLoaded && (
        <p className="extent-map__note">
          The map tiles could not be loaded: showing a simplified world map.
        </p>
      )}
    </div>
  );
}

/**
 * Leaflet's container is a tab stop (arrow keys pan, + and − zoom) without a role or a
 * name of its own: it was read as its contents ("+ − Leaflet | © OpenStreetMap"), and a
 * screen reader kept the arrow keys for itself, here and on the handles inside.
 */
function MapContainerName({ describedBy }: { describedBy: string }) {
  const map = useMap();
  useEffect(() => {
    const container = map.getContainer();
    container.setAttribute("role", "application");
    container.setAttribute("aria-label", "Map");
    container.setAttribute("aria-describedby", describedBy);
  }, [map, describedBy]);
  return null;
}

function sameProps(a: ExtentMapProps, b: ExtentMapProps): boolean {
  return (
    sameExtent(a.value, b.value) &&
    sameExtent(a.saved ?? null, b.saved ?? null) &&
    a.disabled === b.disabled &&
    a.drawing === b.drawing &&
    a.tileUrl === b.tileUrl &&
    a.tileAttribution === b.tileAttribution &&
    a.inUse === b.inUse &&
    a.startAt === b.startAt &&
    a.onChange === b.onChange &&
    a.onMessage === b.onMessage &&
    a.onDrawEnd === b.onDrawEnd &&
    a.ref === b.ref
  );
}

/** Re-renders only when the extent or a setting changes, never for other form fields. */
export const ExtentMap = memo(ExtentMapView, sameProps);
