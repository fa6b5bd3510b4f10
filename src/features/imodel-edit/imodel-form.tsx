import { useState } from "react";
import { Controller, useFormState, useWatch, type UseFormReturn } from "react-hook-form";
import { useConfig } from "../../config-context";
import { ExtentEditor } from "../extent/extent-editor";
import { useITwinStart } from "../extent/start-at";
import { DESCRIPTION_MAX, NAME_MAX } from "./form-schema";
import type { FormValues } from "./form-values";
import type { SaveErrorView } from "./map-save-error";
import type { SavePhase } from "./use-save-flow";
import { TextField } from "./text-field";

export const EXTENT_EDITOR_ID = "imodel-extent";

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
  const { errors, isDirty } = useFormState({ control });
  const [name, description] = useWatch({ control, name: ["name", "description"] });
  const busy = phase !== "idle";
  const locked = readOnly || busy;
  // Invalid text in an extent input is a change too, though it never reaches the form's values.
  const [extentTextInvalid, setExtentTextInvalid] = useState(false);
  const [discards, setDiscards] = useState(0);
  const hasChanges = isDirty || extentTextInvalid;
  const discard = () => {
    setDiscards((count) => count + 1);
    props.onDiscard();
  };

  return (
    <form
      className="imodel-form"
      aria-labelledby="imodel-form-heading"
      aria-describedby={props.readOnlyReason ? "imodel-form-reason" : undefined}
      noValidate
      onSubmit={(event) => {
        event.preventDefault();
        props.onSave();
      }}
    >
      <h2 id="imodel-form-heading">{readOnly ? "Details" : "Edit"}</h2>
      {props.readOnlyReason ? (
        <p id="imodel-form-reason" className="notice notice-info read-only-reason">
          {props.readOnlyReason}
        </p>
      ) : null}
      <TextField
        id="imodel-name"
        label="Name"
        max={NAME_MAX}
        length={name.length}
        required
        readOnly={locked}
        error={errors.name?.message}
        registration={register("name", {
          // A pasted name far over the limit says so at once rather than at the next blur.
          onChange: (event: { target: { value: string } }) => {
            if (event.target.value.length > NAME_MAX) void trigger("name");
          },
        })}
      />
      <TextField
        id="imodel-description"
        label="Description"
        max={DESCRIPTION_MAX}
        length={description.length}
        multiline
        readOnly={locked}
        error={errors.description?.message}
        registration={register("description", {
          onChange: (event: { target: { value: string } }) => {
            if (event.target.value.length > DESCRIPTION_MAX) void trigger("description");
          },
        })}
      />
      <div className="field imodel-extent-field">
        <Controller
          name="extent"
          control={control}
          render={({ field, fieldState }) => (
            <ExtentEditor
              id={EXTENT_EDITOR_ID}
              value={field.value}
              onChange={field.onChange}
              onBlur={field.onBlur}
              disabled={locked}
              error={fieldState.error?.message}
              tileUrl={tileUrl}
              tileAttribution={tileAttribution}
              onTypedProblemChange={setExtentTextInvalid}
              inputsKey={discards}
              startAt={startAt}
            />
          )}
        />
      </div>

      {failure?.formError ? (
        <div className="error-box form-error">
          <p>{failure.formError}</p>
          {failure.canRetry && canSave ? (
            <button
              type="button"
              className="button-secondary"
              onClick={props.onRetry}
              disabled={busy}
            >
              Retry save
            </button>
          ) : null}
        </div>
      ) : null}

      {canSave || hasChanges ? (
        <div className="form-actions">
          {canSave ? (
            <button
              type="submit"
              className="button-primary"
              disabled={!isDirty || busy || props.saveBlocked}
            >
              Save
            </button>
          ) : null}
          <button
            type="button"
            className="button-secondary"
            onClick={discard}
            disabled={!hasChanges || busy}
          >
            Discard changes
          </button>
          {busy && phase !== "resolving" ? (
            <>
              <span className="saving">Saving…</span>
              <button type="button" className="button-secondary" onClick={props.onCancelSave}>
                Cancel
              </button>
            </>
          ) : null}
        </div>
      ) : null}
    </form>
  );
}
