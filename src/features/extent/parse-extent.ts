import type { Extent } from "./extent";
import { validateExtent } from "./extent-rules";
import { readJsonText } from "./parse-extent-json";
import { boundsOf, FORMATS, type Position, type Read } from "./parse-extent-read";

export type ParseExtentResult = { ok: true; extent: Extent } | { ok: false; message: string };

const NUMBER = /^[+-]?(?:\d+(?:\.\d*)?|\.\d+)(?:e[+-]?\d+)?$/i;
const WKT_START = /^(?:SRID=\d+\s*;\s*)?([A-Za-z]+)\s*(?:ZM|Z|M)?\s*\(/i;

/** Reads an extent from pasted text; every failure says what was wrong. */
export function parseExtent(text: string): ParseExtentResult {
  const trimmed = text.trim();
  if (trimmed === "") return { ok: false, message: `There is nothing to read. ${FORMATS}` };
  const read = readText(trimmed);
  if (typeof read === "string") return { ok: false, message: read };
  const problem = validateExtent(read);
  return problem === null ? { ok: true, extent: read } : { ok: false, message: problem };
}

function readText(text: string): Read {
  if (text.startsWith("{") || text.startsWith("[")) return readJsonText(text);
  const wkt = WKT_START.exec(text);
  if (wkt) return readWkt(wkt[1]!.toUpperCase(), text.slice(wkt[0].length - 1));
  if (/^[A-Za-z]+\s+EMPTY$/i.test(text)) return "The WKT geometry is empty.";
  return readNumberList(text);
}

function readNumber(token: string): number | string {
  const cleaned = token.replace(/°$/, "");
  if (NUMBER.test(cleaned)) return Number(cleaned);
  if (/^[+-]?(?:infinity|inf)$/i.test(cleaned)) return `"${token}" is not a finite number.`;
  return `"${token}" is not a number.`;
}

function readFourNumbers(
  tokens: string[],
  what: string,
): [number, number, number, number] | string {
  const numbers: number[] = [];
  for (const token of tokens) {
    const n = readNumber(token);
    if (typeof n === "string") return /^[+-]?(?:nan|inf)/i.test(token) ? n : `${n} ${FORMATS}`;
    numbers.push(n);
  }
  if (numbers.length !== 4) return `Expected 4 numbers (${what}), found ${numbers.length}.`;
  return numbers as [number, number, number, number];
}

function readNumberList(text: string): Read {
  const numbers = readFourNumbers(
    text.split(/[\s,;]+/).filter(Boolean),
    "West, South, East, North",
  );
  if (typeof numbers === "string") return numbers;
  const [west, south, east, north] = numbers;
  return { west, south, east, north };
}

// ---- WKT

function readWkt(type: string, body: string): Read {
  if (!["POLYGON", "MULTIPOLYGON", "ENVELOPE"].includes(type)) {
    return `WKT ${type} is not supported: use POLYGON, MULTIPOLYGON or ENVELOPE.`;
  }
  let depth = 0;
  for (let i = 0; i < body.length; i++) {
    const c = body[i];
    if (c === "(") depth++;
    else if (c === ")") {
      depth--;
      if (depth < 0) return `The WKT ${type} has a ")" without a matching "(".`;
      if (depth === 0 && body.slice(i + 1).trim() !== "") {
        return `The WKT ${type} has unexpected text after its last ")".`;
      }
    }
  }
  if (depth > 0) return `The WKT ${type} is not closed: ${depth} ")" missing.`;
  const inner = body.replace(/[()]/g, " ");
  if (type === "ENVELOPE") {
    const numbers = readFourNumbers(
      inner.split(/[\s,]+/).filter(Boolean),
      "minX, maxX, maxY, minY",
    );
    if (typeof numbers === "string") return `In ENVELOPE: ${numbers}`;
    const [west, east, north, south] = numbers;
    return { west, south, east, north };
  }
  const positions: Position[] = [];
  for (const chunk of inner.split(",")) {
    const tokens = chunk.trim().split(/\s+/).filter(Boolean);
    if (tokens.length < 2 || tokens.length > 4) {
      return `The WKT ${type} has a position "${chunk.trim()}" that is not 2 to 4 numbers.`;
    }
    const xy: number[] = [];
    for (const token of tokens.slice(0, 2)) {
      const n = readNumber(token);
      if (typeof n === "string") return `In the WKT ${type}: ${n}`;
      xy.push(n);
    }
    positions.push([xy[0]!, xy[1]!]);
  }
  return boundsOf(positions, `The WKT ${type}`);
}
