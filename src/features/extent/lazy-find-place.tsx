import { lazy, Suspense, useContext } from "react";
import { ConfigContext } from "../../config-context";
import type { FindPlaceProps } from "./find-place";

// A chunk of its own: the detail page's first load stays within its budget.
const FindPlace = lazy(() => import("./find-place"));

/** "Find a place" when config.json names a geocoder; nothing otherwise. */
export function LazyFindPlace(props: Omit<FindPlaceProps, "geocoderUrl">) {
  // Read softly: an editor shown without the app's config (a test, a story) has no geocoder.
  const geocoderUrl = useContext(ConfigContext)?.geocoderUrl;
  if (!geocoderUrl) return null;
  return (
    <Suspense fallback={null}>
      <FindPlace geocoderUrl={geocoderUrl} {...props} />
    </Suspense>
  );
}
