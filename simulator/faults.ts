export interface FaultSpec {
  method: string;
  /** Exact path, or a prefix ending in `*`. */
  path: string;
  /** 0 drops the connection. */
  status?: number;
  code?: string;
  message?: string;
  retryAfter?: number;
  delayMs?: number;
  times?: number;
  /** Raw response text instead of a spec-shaped error body. */
  body?: string;
}

interface Fault extends FaultSpec {
  remaining: number;
}

export type FaultParse = { ok: true; fault: FaultSpec } | { ok: false; problem: string };

/** Checks a POST /__sim/faults body. */
export function parseFault(input: unknown): FaultParse {
  if (typeof input !== "object" || input === null || Array.isArray(input)) {
    return { ok: false, problem: "body must be a JSON object" };
  }
  const f = input as Record<string, unknown>;
  if (typeof f.method !== "string" || !f.method)
    return { ok: false, problem: "method is required" };
  if (typeof f.path !== "string" || !f.path.startsWith("/")) {
    return { ok: false, problem: "path is required and must start with /" };
  }
  const hasStatus = f.status !== undefined;
  if (
    hasStatus &&
    !(
      Number.isInteger(f.status) &&
      (f.status === 0 || ((f.status as number) >= 100 && (f.status as number) <= 599))
    )
  ) {
    return { ok: false, problem: "status must be 0 or an HTTP status" };
  }
  if (!hasStatus && f.delayMs === undefined)
    return { ok: false, problem: "status or delayMs is required" };
  for (const key of ["retryAfter", "delayMs", "times"] as const) {
    if (f[key] !== undefined && !(typeof f[key] === "number" && (f[key] as number) >= 0)) {
      return { ok: false, problem: `${key} must be a non-negative number` };
    }
  }
  for (const key of ["code", "message", "body"] as const) {
    if (f[key] !== undefined && typeof f[key] !== "string")
      return { ok: false, problem: `${key} must be a string` };
  }
  return { ok: true, fault: f as unknown as FaultSpec };
}

function pathMatches(pattern: string, path: string): boolean {
  return pattern.endsWith("*") ? path.startsWith(pattern.slice(0, -1)) : pattern === path;
}

/** Planned failures for the next matching requests, first planned first used. */
export class Faults {
  private list: Fault[] = [];

  add(spec: FaultSpec): void {
    this.list.push({ ...spec, remaining: spec.times ?? 1 });
  }

  clear(): void {
    this.list = [];
  }

  /** Takes one use of the first fault matching the request, if any. */
  take(method: string, path: string): FaultSpec | undefined {
    const fault = this.list.find(
      (f) =>
        (f.method === "*" || f.method.toUpperCase() === method.toUpperCase()) &&
        pathMatches(f.path, path),
    );
    if (!fault) return undefined;
    fault.remaining -= 1;
    if (fault.remaining <= 0) this.list.splice(this.list.indexOf(fault), 1);
    return fault;
  }
}
