import { MESSAGES, type ErrorDetail } from "./errors";
import type { Extent } from "./models";
import type { IModelChanges } from "./store";

export type UpdateParse =
  { ok: true; changes: IModelChanges } | { ok: false; details: ErrorDetail[] };

const MAX_LENGTH = 255;

function invalid(target: string, rule: string): ErrorDetail {
  return {
    code: "InvalidValue",
    message: `Provided '${target}' value is not valid. ${rule}`,
    target,
  };
}

/** Content-Type check of PATCH: application/json, with or without parameters. */
export function isJsonMediaType(contentType: string | undefined): boolean {
  const type = (contentType ?? "").split(";")[0]?.trim().toLowerCase() ?? "";
  return type === "application/json" || /^application\/[a-z0-9.+-]+\+json$/.test(type);
}

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}

function checkName(value: unknown): ErrorDetail | undefined {
  if (typeof value !== "string") return invalid("name", "The value must be a string.");
  if (value.trim() === "")
    return invalid("name", "The value cannot be empty or consist only of white space.");
  if (value.length > MAX_LENGTH)
    return invalid("name", "The value exceeds allowed 255 characters.");
  return undefined;
}

function checkDescription(value: unknown): ErrorDetail | undefined {
  if (value === null) return undefined;
  if (typeof value !== "string")
    return invalid("description", "The value must be a string or null.");
  if (value.length > MAX_LENGTH)
    return invalid("description", "The value exceeds allowed 255 characters.");
  return undefined;
}

/** Every problem of an extent, one detail each (the service does not check corner order). */
function checkExtent(value: unknown): ErrorDetail[] {
  if (value === null) return [];
  if (!isObject(value))
    return [
      invalid("extent", "The value must be an object with 'southWest' and 'northEast' or null."),
    ];
  const problems = new Set<string>();
  for (const corner of ["southWest", "northEast"] as const) {
    const point = value[corner];
    if (!isObject(point)) {
      problems.add(`Property '${corner}' is required.`);
      continue;
    }
    for (const [axis, limit] of [
      ["latitude", 90],
      ["longitude", 180],
    ] as const) {
      const coordinate = point[axis];
      if (coordinate === undefined || coordinate === null) {
        problems.add(`Property '${corner}.${axis}' is required.`);
      } else if (typeof coordinate !== "number" || !Number.isFinite(coordinate)) {
        problems.add(`Property '${corner}.${axis}' must be a number.`);
      } else if (coordinate < -limit || coordinate > limit) {
        problems.add(`Valid '${axis}' value range is -${limit} to ${limit}.`);
      }
    }
  }
  return [...problems].map((rule) => invalid("extent", rule));
}

function copyExtent(value: Record<string, unknown>): Extent {
  const point = (corner: unknown) => {
    const p = corner as { latitude: number; longitude: number };
    return { latitude: p.latitude, longitude: p.longitude };
  };
  return { southWest: point(value.southWest), northEast: point(value.northEast) };
}

/** Reads a PATCH /imodels/{id} body (already known to be declared as JSON). */
export function parseUpdate(text: string): UpdateParse {
  let body: unknown;
  try {
    body = JSON.parse(text);
  } catch {
    return {
      ok: false,
      details: [{ code: "InvalidRequestBody", message: MESSAGES.invalidRequestBody }],
    };
  }
  if (!isObject(body)) {
    return {
      ok: false,
      details: [{ code: "InvalidRequestBody", message: MESSAGES.invalidRequestBody }],
    };
  }
  if (!("name" in body) && !("description" in body) && !("extent" in body)) {
    return {
      ok: false,
      details: [{ code: "MissingRequiredProperty", message: MESSAGES.missingRequiredProperty }],
    };
  }
  const details: ErrorDetail[] = [];
  const changes: IModelChanges = {};
  if ("name" in body) {
    const problem = checkName(body.name);
    if (problem) details.push(problem);
    else changes.name = body.name as string;
  }
  if ("description" in body) {
    const problem = checkDescription(body.description);
    if (problem) details.push(problem);
    else changes.description = body.description as string | null;
  }
  if ("extent" in body) {
    const problems = checkExtent(body.extent);
    if (problems.length) details.push(...problems);
    else
      changes.extent =
        body.extent === null ? null : copyExtent(body.extent as Record<string, unknown>);
  }
  return details.length ? { ok: false, details } : { ok: true, changes };
}
