import type { FieldName } from "./form-values";
import type { SaveErrorView } from "./map-save-error";
import type { SavePhase } from "./save-state";

/** What the last successful save changed, and when (epoch ms). */
export type LastSave = { at: number; fields: FieldName[] };

export type OutcomeTone = "neutral" | "busy" | "success" | "warning" | "error";

/** The one line beside Save, and the one action it offers. */
export type SaveOutcome = {
  tone: OutcomeTone;
  text: string;
  action: "cancel" | "retry" | null;
};

export type OutcomeInput = {
  phase: SavePhase;
  failure: SaveErrorView | null;
  /** Seconds left in a rate-limit wait the save is held by; 0 when none. */
  rateLimitSeconds: number;
  /** A failed save is waiting for the browser to come back online. */
  waitingForNetwork: boolean;
  notInitialized: boolean;
  forbidden: boolean;
  isDirty: boolean;
  canRetry: boolean;
  lastSave: LastSave | null;
  /** Formats a moment as a clock time ("14:02"). */
  time: (at: number) => string;
};

const FIELD_WORDS: Record<FieldName, string> = {
  name: "name",
  description: "description",
  extent: "extent",
};

/** "name", "name and extent", "name, description and extent". */
export function describeChanges(fields: readonly FieldName[]): string {
  const words = fields.map((field) => FIELD_WORDS[field]);
  if (words.length <= 1) return words[0] ?? "";
  return `${words.slice(0, -1).join(", ")} and ${words.at(-1)}`;
}

/** "1 field needs attention", "2 fields need attention". */
export function describeFieldErrors(count: number): string {
  return count === 1 ? "1 field needs attention" : `${count} fields need attention`;
}

/** Where a save is, in words, from the most pressing fact down. */
export function saveOutcome(input: OutcomeInput): SaveOutcome | null {
  const { phase, failure } = input;
  if (phase === "resolving")
    return { tone: "warning", text: "Choose which values to keep.", action: null };
  if (phase !== "idle") {
    const text =
      input.rateLimitSeconds > 0
        ? `Saving… waiting out the iTwin Platform's rate limit: trying again in ${input.rateLimitSeconds} s.`
        : "Saving…";
    return { tone: "busy", text, action: "cancel" };
  }
  if (input.forbidden)
    return { tone: "warning", text: "Not saved: you cannot edit this iModel.", action: null };
  if (input.notInitialized)
    return {
      tone: "warning",
      text: "Not initialized yet, so it cannot be saved. This page updates once the iModel is ready.",
      action: null,
    };
  const retry = failure?.canRetry === true && input.canRetry ? "retry" : null;
  if (failure && input.waitingForNetwork)
    return {
      tone: "warning",
      text: "Offline: not saved. Your changes are kept, and saving goes on once you are back online.",
      action: retry,
    };
  if (failure?.formError) return { tone: "error", text: failure.formError, action: retry };
  if (input.lastSave && !input.isDirty) {
    const what = describeChanges(input.lastSave.fields);
    const text = `Saved at ${input.time(input.lastSave.at)}${what ? ` · ${what}` : ""}`;
    return { tone: "success", text, action: null };
  }
  if (input.isDirty) return { tone: "neutral", text: "Unsaved changes.", action: null };
  return null;
}
