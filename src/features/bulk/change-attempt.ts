import { isFieldChange, type ChangeOutcome, type PlannedChange } from "./job-types";

export type FieldValues = { name: unknown; description: unknown; extent: unknown };

/** How a change reaches the service; the app wires these to the one API client. */
export type ChangeOps = {
  /** A fresh read of the iModel (never the cache). */
  read: (iModelId: string) => Promise<FieldValues>;
  /** Sends one field; resolves with what the service stored. */
  patch: (iModelId: string, field: keyof FieldValues, value: unknown) => Promise<unknown>;
  favorite: (iModelId: string, wanted: boolean) => Promise<void>;
};

/** Why the job stopped on its own: it goes on by itself (or on Resume) once that is over. */
export type Interruption = "signIn" | "offline";

function errorCode(error: unknown): string | undefined {
  const code = (error as { code?: unknown } | null)?.code;
  return typeof code === "string" ? code : undefined;
}

function errorStatus(error: unknown): number | undefined {
  const status = (error as { status?: unknown } | null)?.status;
  return typeof status === "number" ? status : undefined;
}

export function interruptionOf(error: unknown): Interruption | null {
  const code = errorCode(error);
  if (code === "SignInRequired") return "signIn";
  if (code === "NetworkError" || code === "Timeout" || code === "SignInUnavailable")
    return "offline";
  return null;
}

/**
 * A 429 the client already waited out several times, or an answer cut off (a page going
 * away, a proxy): the change goes back in the queue, and its re-read decides what is sent.
 */
export function isWorthAnotherTry(error: unknown): boolean {
  return errorStatus(error) === 429 || errorCode(error) === "InvalidResponse";
}

/** Values as JSON with keys sorted: an extent read back with its keys in another order is the same. */
function canonical(value: unknown): string {
  return JSON.stringify(value ?? null, (_key, v: unknown) =>
    v && typeof v === "object" && !Array.isArray(v)
      ? Object.fromEntries(Object.entries(v).sort(([a], [b]) => (a < b ? -1 : 1)))
      : v,
  );
}

export const sameValue = (a: unknown, b: unknown) => canonical(a) === canonical(b);

export function defaultDescribe(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}

/**
 * One planned change, tried once. Field edits re-read the iModel first: a value someone else
 * changed since planning is a conflict, not sent; a value already as planned (a change
 * confirmed just before a reload) is done, not sent again.
 */
export async function runChange(change: PlannedChange, ops: ChangeOps): Promise<ChangeOutcome> {
  try {
    if (!isFieldChange(change)) {
      await ops.favorite(change.iModelId, change.wanted);
      return { status: "done", result: undefined };
    }
    const current = (await ops.read(change.iModelId))[change.field];
    if (sameValue(current, change.after))
      return { status: "done", result: undefined, already: true };
    if (!sameValue(current, change.before)) return { status: "conflict", current };
    const result = await ops.patch(change.iModelId, change.field, change.after);
    return { status: "done", result };
  } catch (error) {
    return { status: "error", error };
  }
}

export function conflictReason(current: unknown): string {
  const shown = current === null || current === undefined ? "empty" : `“${String(current)}”`;
  const text = typeof current === "object" && current !== null ? "a different value" : shown;
  return `Changed by someone else since the job was planned (now ${text}); not overwritten.`;
}
