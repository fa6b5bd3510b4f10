import type { Plugin } from "vite";

const LEAFLET_ESM = /[\\/]node_modules[\\/]leaflet[\\/]dist[\\/]leaflet-src\.esm\.js$/;
/** `var Circle = CircleMarker.extend({` and `var EPSG4326 = extend({}, Earth, {`. */
const CLASS_DEFINITION = /^(var [\w$]+ = )((?:[\w$]+\.)*extend\()/gm;

/** Marks Leaflet's top-level class definitions pure: each only builds a new class or object. */
export function markLeafletClassesPure(code: string): string {
  return code.replace(CLASS_DEFINITION, "$1/* @__PURE__ */ $2");
}

/**
 * Leaflet's package points bundlers at its UMD build, which they keep whole. Its ES build lets
 * Rolldown drop what the app never uses (image and video overlays, other CRSs, WMS) once the
 * class definitions (`X.extend({...})`) are marked pure, which Rolldown cannot know by itself.
 */
export function leafletEsm(): Plugin {
  return {
    name: "imodel-admin:leaflet-esm",
    enforce: "pre",
    config: () => ({
      resolve: { alias: [{ find: /^leaflet$/, replacement: "leaflet/dist/leaflet-src.esm.js" }] },
    }),
    transform(code, id) {
      if (!LEAFLET_ESM.test(id)) return null;
      return { code: markLeafletClassesPure(code), map: null };
    },
  };
}
