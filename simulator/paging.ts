import { createHash } from "node:crypto";
import type { ErrorDetail } from "./errors";

export const DEFAULT_TOP = 100;
export const MAX_TOP = 1000;

export interface Link {
  href: string;
}

export interface Links {
  self: Link;
  prev: Link | null;
  next: Link | null;
}

export interface PageRequest {
  top: number;
  offset: number;
}

export type Parsed<T> = { ok: true; value: T } | { ok: false; detail: ErrorDetail };

function invalid(target: string, message: string): { ok: false; detail: ErrorDetail } {
  return { ok: false, detail: { code: "InvalidValue", message, target } };
}

function parseCount(
  raw: string | undefined,
  target: string,
  min: number,
  max: number,
  fallback: number,
): Parsed<number> {
  if (raw === undefined) return { ok: true, value: fallback };
  const value = /^\d+$/.test(raw.trim()) ? Number(raw.trim()) : NaN;
  if (!Number.isSafeInteger(value) || value < min || value > max) {
    return invalid(
      target,
      `Provided '${target}' value is not valid. Valid '${target}' value range is ${min} to ${max}.`,
    );
  }
  return { ok: true, value };
}

function digest(queryKey: string): string {
  return createHash("sha256").update(queryKey).digest("base64url").slice(0, 12);
}

/** An opaque continuation token: the offset, bound to (a digest of) the query it continues. */
export function encodeContinuation(offset: number, queryKey: string): string {
  return Buffer.from(JSON.stringify({ o: offset, q: digest(queryKey) }), "utf8").toString(
    "base64url",
  );
}

function decodeContinuation(token: string, queryKey: string): number | undefined {
  try {
    const parsed = JSON.parse(Buffer.from(token, "base64url").toString("utf8")) as {
      o?: unknown;
      q?: unknown;
    };
    if (
      typeof parsed.o === "number" &&
      Number.isSafeInteger(parsed.o) &&
      parsed.o >= 0 &&
      parsed.q === digest(queryKey)
    ) {
      return parsed.o;
    }
  } catch {
    return undefined;
  }
  return undefined;
}

/** Reads $top, $continuationToken and the deprecated $skip. */
export function parsePageRequest(query: URLSearchParams, queryKey: string): Parsed<PageRequest> {
  const top = parseCount(query.get("$top") ?? undefined, "$top", 1, MAX_TOP, DEFAULT_TOP);
  if (!top.ok) return top;
  const token = query.get("$continuationToken");
  if (token !== null) {
    const offset = decodeContinuation(token, queryKey);
    if (offset === undefined) {
      return invalid("$continuationToken", "Provided '$continuationToken' value is not valid.");
    }
    return { ok: true, value: { top: top.value, offset } };
  }
  const skip = parseCount(query.get("$skip") ?? undefined, "$skip", 0, Number.MAX_SAFE_INTEGER, 0);
  if (!skip.ok) return skip;
  return { ok: true, value: { top: top.value, offset: skip.value } };
}

/** Like URLSearchParams#toString, but spaces as %20 and `$` kept readable, as the service writes them. */
export function queryString(params: URLSearchParams): string {
  return [...params]
    .map(
      ([key, value]) =>
        `${encodeURIComponent(key).replace(/%24/g, "$")}=${encodeURIComponent(value)}`,
    )
    .join("&");
}

/**
 * One page and its links. `base` holds the query's own parameters (not paging ones); links
 * carry `$top` and, past the first page, a `$continuationToken`.
 */
export function page<T>(
  items: readonly T[],
  request: PageRequest,
  baseUrl: string,
  base: URLSearchParams,
  queryKey: string,
): { items: T[]; links: Links } {
  const { top, offset } = request;
  const href = (at: number): string => {
    const params = new URLSearchParams(base);
    params.set("$top", String(top));
    if (at > 0) params.set("$continuationToken", encodeContinuation(at, queryKey));
    return `${baseUrl}?${queryString(params)}`;
  };
  return {
    items: items.slice(offset, offset + top),
    links: {
      self: { href: href(offset) },
      prev: offset > 0 ? { href: href(Math.max(0, offset - top)) } : null,
      next: offset + top < items.length ? { href: href(offset + top) } : null,
    },
  };
}
