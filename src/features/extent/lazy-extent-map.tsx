import { useEffect, useState } from "react";
import type { ExtentMapProps } from "./extent-map";

type MapModule = typeof import("./extent-map");

let loaded: MapModule | undefined;
let loading: Promise<MapModule> | undefined;

/** Loads the map's code (Leaflet and all, a chunk of its own) once; after a failure, the next call tries again. */
export function loadExtentMap(): Promise<MapModule> {
  loading ??= import("./extent-map").then(
    (module) => (loaded = module),
    (error: unknown) => {
      loading = undefined;
      throw error;
    },
  );
  return loading;
}

/**
 * The map once its code is here, "Loading map…" until then; a failed load is thrown to the
 * error boundary around it. Not React.lazy: a Suspense boundary that has shown its fallback holds
 * what it reveals back for up to 300 ms (React's fallback throttle), and the page's largest paint
 * is a map tile. When the code came first (the detail route asks for it), the map is in the
 * editor's first commit.
 */
export function LazyExtentMap(props: ExtentMapProps) {
  const [state, setState] = useState<{ module?: MapModule; error?: unknown }>(() => ({
    module: loaded,
  }));
  useEffect(() => {
    if (state.module) return;
    let live = true;
    loadExtentMap().then(
      (module) => live && setState({ module }),
      (error: unknown) => live && setState({ error }),
    );
    return () => {
      live = false;
    };
  }, [state.module]);
  if (state.error !== undefined) throw state.error;
  if (!state.module) return <p className="extent-editor__loading">Loading map…</p>;
  return <state.module.ExtentMap {...props} />;
}
