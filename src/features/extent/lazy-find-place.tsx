import { lazy, Suspense, useContext, useId } from "react";
import { ConfigContext } from "../../config-context";
import type { FindPlaceProps } from "./find-place";

// A chunk of its own: the detail page's first load stays within its budget.
const FindPlace = lazy(() => import("./find-place"));

const PLACEHOLDER = "A town or city, e.g. Zermatt";

/** "Find a place" when config.json names a geocoder; nothing otherwise. */
export function LazyFindPlace(props: Omit<FindPlaceProps, "geocoderUrl" | "placeholder">) {
  // Read softly: an editor shown without the app's config (a test, a story) has no geocoder.
  const geocoderUrl = useContext(ConfigContext)?.geocoderUrl;
  if (!geocoderUrl) return null;
  return (
    <Suspense fallback={<FindPlaceArriving />}>
      <FindPlace geocoderUrl={geocoderUrl} placeholder={PLACEHOLDER} {...props} />
    </Suspense>
  );
}

/**
 * The field as it will be, read-only until its code is here: the map below keeps its place,
 * so a drag aimed at the map's corner cannot land on the field instead.
 */
function FindPlaceArriving() {
  const id = useId();
  return (
    <div className="find-place" aria-busy="true">
      <label htmlFor={id}>Find a place</label>
      <div className="find-place__box">
        <input id={id} type="search" readOnly placeholder={PLACEHOLDER} />
      </div>
    </div>
  );
}
