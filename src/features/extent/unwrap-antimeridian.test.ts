import type { FeatureCollection, MultiPolygon, Position } from "geojson";
import { feature } from "topojson-client";
import type { GeometryCollection, Topology } from "topojson-specification";
import land110m from "world-atlas/land-110m.json";
import { describe, expect, it } from "vitest";
import { unwrapAntimeridian, unwrapRing } from "./unwrap-antimeridian";

/** Segments that a flat map draws across the world (along a pole is the map's edge: fine). */
function jumps(ring: Position[]): number {
  return ring.filter((p, i) => {
    const previous = ring[i - 1];
    if (!previous || (Math.abs(p[1]!) === 90 && p[1] === previous[1])) return false;
    return Math.abs(p[0]! - previous[0]!) > 180;
  }).length;
}

describe("unwrapRing", () => {
  it("leaves a ring that does not cross the antimeridian as it is", () => {
    const ring = [
      [7, 46],
      [8, 46],
      [8, 47],
      [7, 46],
    ];
    expect(unwrapRing(ring)).toEqual(ring);
  });

  it("makes a ring across the antimeridian continuous, on the side where most of it is", () => {
    // Fiji-like: starts east of the antimeridian, mostly west of it.
    const ring = [
      [-180, -16.5],
      [179.4, -16.8],
      [178.5, -16.2],
      [179.4, -16.4],
      [-180, -16.1],
      [-179.8, -16.3],
      [-180, -16.5],
    ];
    const unwrapped = unwrapRing(ring);
    expect(jumps(unwrapped)).toBe(0);
    expect(unwrapped.map((p) => p[0])).toEqual([180, 179.4, 178.5, 179.4, 180, 180.2, 180]);
    expect(unwrapped.map((p) => p[1])).toEqual(ring.map((p) => p[1]));
  });

  it("closes a ring around a pole through that pole", () => {
    const ring = [
      [-180, -84.7],
      [-90, -75],
      [0, -70],
      [90, -68],
      [178, -84.4],
      [-180, -84.7],
    ];
    const unwrapped = unwrapRing(ring);
    expect(jumps(unwrapped)).toBe(0);
    expect(unwrapped.slice(-4)).toEqual([
      [180, -84.7],
      [180, -90],
      [-180, -90],
      [-180, -84.7],
    ]);
  });
});

describe("unwrapAntimeridian on the bundled land", () => {
  const topology = land110m as unknown as Topology<{ land: GeometryCollection }>;
  const land = feature(topology, topology.objects.land) as FeatureCollection<MultiPolygon>;

  it("has no line across the world left, and keeps every ring on the main world", () => {
    const before = land.features.flatMap((f) => f.geometry.coordinates.flat());
    expect(before.filter((ring) => jumps(ring) > 0).length).toBeGreaterThan(0);

    const after = unwrapAntimeridian(land).features.flatMap((f) => f.geometry.coordinates.flat());
    expect(after).toHaveLength(before.length);
    for (const ring of after) {
      expect(jumps(ring)).toBe(0);
      const lngs = ring.map((p) => p[0]!);
      expect((Math.min(...lngs) + Math.max(...lngs)) / 2).toBeGreaterThanOrEqual(-180);
      expect((Math.min(...lngs) + Math.max(...lngs)) / 2).toBeLessThanOrEqual(180);
    }
  });
});
