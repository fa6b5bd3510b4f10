import { describe, expect, it } from "vitest";
import vectors from "./testdata/extent-paste.json";
import { parseExtent } from "./parse-extent";

type Vector = { name: string; text: string; extent?: unknown; error?: boolean };

describe("parseExtent: shared test vectors", () => {
  it.each((vectors.cases as Vector[]).map((c) => [c.name, c] as const))("%s", (_name, c) => {
    const result = parseExtent(c.text);
    if (c.error) {
      expect(result.ok).toBe(false);
      if (!result.ok) expect(result.message.length).toBeGreaterThan(10);
    } else {
      expect(result).toEqual({ ok: true, extent: c.extent });
    }
  });
});

function messageOf(text: string): string {
  const result = parseExtent(text);
  if (result.ok) throw new Error(`expected "${text}" to be refused`);
  return result.message;
}

describe("parseExtent: messages say what could not be read", () => {
  it("counts the numbers", () => {
    expect(messageOf("7.67,46.13,7.84")).toBe(
      "Expected 4 numbers (West, South, East, North), found 3.",
    );
    expect(messageOf("7.67 46.13 7.84 46.30 1")).toBe(
      "Expected 4 numbers (West, South, East, North), found 5.",
    );
  });

  it("names the word it could not read", () => {
    expect(messageOf("Sun City")).toMatch(/^"Sun" is not a number\./);
    expect(messageOf("NaN,46.13,7.84,46.30")).toMatch(/^"NaN" is not a number\./);
    expect(messageOf("-Infinity,46.13,7.84,46.30")).toMatch(
      /^"-Infinity" is not a finite number\./,
    );
  });

  it("says nothing was pasted", () => {
    expect(messageOf("   \n")).toMatch(/^There is nothing to read\./);
  });

  it("passes on the rule that is broken", () => {
    expect(messageOf("7.67,-95,7.84,46.30")).toBe(
      "South latitude must be between -90 and 90 (it is -95).",
    );
    expect(messageOf("190,46.13,200,46.30")).toBe(
      "West longitude must be between -180 and 180 (it is 190).",
    );
    expect(messageOf("7.67,46.30,7.84,46.13")).toMatch(/South latitude .* must be less than North/);
    expect(messageOf("170,10,-170,20")).toMatch(/antimeridian/);
    expect(messageOf("7.67,46.13,7.67,46.30")).toMatch(/no area/);
  });

  it("explains broken JSON and WKT", () => {
    expect(messageOf('{"type":"Polygon"')).toMatch(/not valid JSON/);
    expect(messageOf("LINESTRING(7.67 46.13, 7.84 46.30)")).toMatch(/LINESTRING is not supported/);
    expect(messageOf("POLYGON((7.67 46.13, 7.84 46.13, 7.84 46.30)")).toMatch(/not closed/);
    expect(messageOf("POLYGON((7.67 46.13, 7.84 x))")).toMatch(/"x" is not a number/);
    expect(messageOf("ENVELOPE(7.67, 7.84, 46.30)")).toMatch(/found 3/);
    expect(messageOf('{"type":"Feature","properties":{},"geometry":null}')).toMatch(/no geometry/);
    expect(messageOf('{"type":"Banana"}')).toMatch(/"Banana" is not a GeoJSON type/);
    expect(messageOf('{"name":"x"}')).toMatch(/not GeoJSON/);
    expect(messageOf('{"southWest":{"latitude":"46","longitude":7},"northEast":{}}')).toMatch(
      /southWest\.latitude is not a number/,
    );
    expect(messageOf('{"iModel":{"name":"x","extent":null}}')).toMatch(/null/);
    expect(messageOf("[1, 2, 3]")).toMatch(/found 3/);
    expect(messageOf('["a", 1, 2, 3]')).toMatch(/array of numbers/);
  });
});

describe("parseExtent: more formats", () => {
  const swiss = { west: 7.67, south: 46.13, east: 7.84, north: 46.3 };

  it("reads ENVELOPE as minX, maxX, maxY, minY", () => {
    expect(parseExtent("envelope(7.67, 7.84, 46.30, 46.13)")).toEqual({ ok: true, extent: swiss });
    expect(parseExtent("ENVELOPE(7.67, 7.84, 46.13, 46.30)").ok).toBe(false);
  });

  it("reads WKT with SRID, Z coordinates, MULTIPOLYGON and holes", () => {
    expect(
      parseExtent("SRID=4326;POLYGON Z((7.67 46.13 1, 7.84 46.13 1, 7.84 46.3 1, 7.67 46.13 1))"),
    ).toEqual({ ok: true, extent: swiss });
    expect(
      parseExtent(
        "MULTIPOLYGON(((7.67 46.13, 7.7 46.13, 7.7 46.2, 7.67 46.13)), ((7.8 46.2, 7.84 46.2, 7.84 46.3, 7.8 46.2)))",
      ),
    ).toEqual({ ok: true, extent: swiss });
  });

  it("reads a 3D bbox, a GeometryCollection, a PATCH body and positions", () => {
    expect(parseExtent("[7.67, 46.13, 0, 7.84, 46.30, 100]")).toEqual({ ok: true, extent: swiss });
    expect(
      parseExtent(
        JSON.stringify({
          type: "GeometryCollection",
          geometries: [
            { type: "Point", coordinates: [7.67, 46.13] },
            {
              type: "LineString",
              coordinates: [
                [7.7, 46.2],
                [7.84, 46.3],
              ],
            },
          ],
        }),
      ),
    ).toEqual({ ok: true, extent: swiss });
    expect(
      parseExtent(
        '{"extent":{"southWest":{"latitude":46.13,"longitude":7.67},"northEast":{"latitude":46.3,"longitude":7.84}}}',
      ),
    ).toEqual({ ok: true, extent: swiss });
    expect(parseExtent("[[7.67, 46.13], [7.84, 46.3]]")).toEqual({ ok: true, extent: swiss });
  });

  it("reads semicolons, degree signs, signs and exponents", () => {
    expect(parseExtent("-7.5°; -4.6e1; +7.84°; 46.3")).toEqual({
      ok: true,
      extent: { west: -7.5, south: -46, east: 7.84, north: 46.3 },
    });
  });

  it("reads the poles and the whole world", () => {
    expect(parseExtent("-180 -90 180 90")).toEqual({
      ok: true,
      extent: { west: -180, south: -90, east: 180, north: 90 },
    });
    expect(parseExtent("0,89.9,1,90").ok).toBe(true);
    expect(parseExtent("0,-90,1,-89.9").ok).toBe(true);
    expect(parseExtent("0,-90.0000001,1,0").ok).toBe(false);
  });
});
