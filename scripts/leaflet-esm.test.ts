import { readFileSync } from "node:fs";
import { createRequire } from "node:module";
import { describe, expect, it } from "vitest";
import { markLeafletClassesPure } from "./leaflet-esm.ts";

describe("markLeafletClassesPure", () => {
  it("marks class and CRS definitions, not the statements that change existing classes", () => {
    const code = [
      "var Circle = CircleMarker.extend({",
      "var IconDefault = Icon.extend({",
      "var EPSG4326 = extend({}, Earth, {",
      "Map.include({",
      "Map.addInitHook('addHandler', 'boxZoom', BoxZoom);",
      "Control.Layers = Layers;",
    ].join("\n");
    expect(markLeafletClassesPure(code).split("\n")).toEqual([
      "var Circle = /* @__PURE__ */ CircleMarker.extend({",
      "var IconDefault = /* @__PURE__ */ Icon.extend({",
      "var EPSG4326 = /* @__PURE__ */ extend({}, Earth, {",
      "Map.include({",
      "Map.addInitHook('addHandler', 'boxZoom', BoxZoom);",
      "Control.Layers = Layers;",
    ]);
  });

  it("finds the class definitions in the installed Leaflet", () => {
    const file = createRequire(import.meta.url).resolve("leaflet/dist/leaflet-src.esm.js");
    const marked = markLeafletClassesPure(readFileSync(file, "utf8"));
    // A Leaflet whose build no longer reads `var X = Y.extend(` would silently lose the saving.
    expect(marked.match(/@__PURE__/g)?.length).toBeGreaterThan(40);
    expect(marked).toContain("var Rectangle = /* @__PURE__ */ Polygon.extend({");
  });
});
