import { useRef, useState } from "react";
import { Controller, useFormState, useWatch, type UseFormReturn } from "react-hook-form";
import { useConfig } from "../../config-context";
import { useRateLimitDeadline } from "../../api/use-rate-limit-deadline";
import { ExtentEditor } from "../extent/extent-editor";
import { useITwinStart } from "../extent/start-at";
import { ActionBar } from "./action-bar";
import { DESCRIPTION_MAX, NAME_MAX } from "./form-schema";
import { FIELD_NAMES, type FieldName, type FormValues } from "./form-values";
import type { SaveErrorView } from "./map-save-error";
import { saveOutcome, type LastSave } from "./save-outcome";
import type { SavePhase } from "./use-save-flow";
import { TextField } from "./text-field";
import { useSecondsLeft } from "../../ui/use-seconds-left";
import { lazyValue } from "../../lib/lazy-value";

export const EXTENT_EDITOR_ID = "imodel-extent";
/** The element each field's error puts the cursor in. */
export const FIELD_IDS: Record<FieldName, string> = {
  name: "imodel-name",
  description: "imodel-description",
  extent: EXTENT_EDITOR_ID,
};

// Made at the first save, not as the page's code loads: the heading would wait the 10-20 ms
// that a page's first ICU formatter takes.
const clock = lazyValue(
  () => new Intl.DateTimeFormat(undefined, { hour: "2-digit", minute: "2-digit" }),
);

/** Name, description and extent, with the save actions. What the buttons do is decided by the caller. */
export function IModelForm(props: {
  form: UseFormReturn<FormValues>;
  readOnly: boolean;
  /** Shown at the top of the form when it is read-only. */
  readOnlyReason: string | null;
  canSave: boolean;
  saveBlocked: boolean;
  phase: SavePhase;
  failure: SaveErrorView | null;
  /** What the bar beside Save says besides the save's own phase. */
  context: {
    lastSave: LastSave | null;
    waitingForNetwork: boolean;
    notInitialized: boolean;
    forbidden: boolean;
  };
  onFocusField: (field: FieldName) => void;
  onSave: () => void;
  onDiscard: () => void;
  onCancelSave: () => void;
  onRetry: () => void;
  iTwinId?: string;
}) {
  const { form, readOnly, canSave, phase, failure } = props;
  const { control, register, trigger } = form;
  const { tileUrl, tileAttribution } = useConfig();
  const startAt = useITwinStart(props.iTwinId);
  const { errors, isDirty, defaultValues } = useFormState({ control });
  const [name, description] = useWatch({ control, name: ["name", "description"] });
  const busy = phase !== "idle";
  const locked = readOnly || busy;
  const lastFocused = useRef<HTMLElement | null>(null);
  const rateLimitSeconds = useSecondsLeft(useRateLimitDeadline());
  // Invalid text in an extent input is a change too, though it never reaches the form's values.
  const [extentTextInvalid, setExtentTextInvalid] = useState(false);
  const [discards, setDiscards] = useState(0);
  const hasChanges = isDirty || extentTextInvalid;
  const discard = () => {
    setDiscards((count) => count + 1);
    props.onDiscard();
  };
  const errorFields = FIELD_NAMES.filter((field) => errors[field]);
  const textField = (field: "name" | "description", max: number, length: number) => ({
    id: FIELD_IDS[field],
    max,
    length,
    readOnly: locked,
    error: errors[field]?.message,
    registration: register(field, {
      // A pasted text far over the limit says so at once rather than at the next blur.
      onChange: (event: { target: { value: string } }) => {
        if (event.target.value.length > max) void trigger(field);
      },
    }),
  });
  const outcome = saveOutcome({
    ...props.context,
    phase,
    failure,
    rateLimitSeconds: busy ? rateLimitSeconds : 0,
    isDirty: hasChanges,
    canRetry: canSave,
    time: (at) => clock().format(at),
  });

  return (
    <form
      className="imodel-form"
      aria-labelledby="imodel-form-heading"
      aria-describedby={props.readOnlyReason ? "imodel-form-reason" : undefined}
      noValidate
      onFocus={(event) => {
        lastFocused.current = event.target;
      }}
      onSubmit={(event) => {
        event.preventDefault();
        // Enter in a read-only field while a save is under way sends nothing more.
        if (!busy) props.onSave();
      }}
    >
      <h2 id="imodel-form-heading">{readOnly ? "Details" : "Edit"}</h2>
      {props.readOnlyReason ? (
        <p id="imodel-form-reason" className="notice notice-info read-only-reason">
          {props.readOnlyReason}
        </p>
      ) : null}
      <TextField label="Name" required {...textField("name", NAME_MAX, name.length)} />
      <TextField
        label="Description"
        multiline
        {...textField("description", DESCRIPTION_MAX, description.length)}
      />
      {/* While saving, disabled in place: the tools, paste box and map stay where they are. */}
      <fieldset className="field imodel-extent-field" disabled={busy} inert={busy}>
        <Controller
          name="extent"
          control={control}
          render={({ field, fieldState }) => (
            <ExtentEditor
              id={EXTENT_EDITOR_ID}
              value={field.value}
              onChange={field.onChange}
              onBlur={field.onBlur}
              disabled={readOnly}
              error={fieldState.error?.message}
              tileUrl={tileUrl}
              tileAttribution={tileAttribution}
              onTypedProblemChange={setExtentTextInvalid}
              inputsKey={discards}
              saved={(defaultValues?.extent as FormValues["extent"] | undefined) ?? null}
              startAt={startAt}
            />
          )}
        />
      </fieldset>

      {canSave || hasChanges ? (
        <ActionBar
          canSave={canSave}
          saveDisabled={!isDirty || busy || props.saveBlocked}
          discardDisabled={!hasChanges || busy}
          outcome={outcome}
          fieldErrorCount={errorFields.length}
          lastFocused={lastFocused}
          onDiscard={discard}
          onCancel={props.onCancelSave}
          onRetry={props.onRetry}
          onShowFirstError={() => errorFields[0] && props.onFocusField(errorFields[0])}
        />
      ) : null}
    </form>
  );
}
