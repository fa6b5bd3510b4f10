import { isApiError } from "../../api/api-error";
import { FIELD_NAMES, type FieldName } from "./form-values";

export type SaveErrorView = {
  fieldErrors: Partial<Record<FieldName, string>>;
  /** Shown above the form's buttons. */
  formError?: string;
  /** A page-level banner: the iModel cannot be changed now, or not by this user. */
  banner?: "notInitialized" | "forbidden";
  /** The field to put the cursor in. */
  focus?: FieldName;
  /** Worth sending again as it is (network trouble, server trouble, rate limit). */
  canRetry: boolean;
  /** Stopped by an expired sign-in: sent again once the user has signed in again. */
  resumesAfterSignIn?: boolean;
  /** The iModel is gone: show the not-found page. */
  notFound: boolean;
  /** One sentence for the live region. */
  summary: string;
};

export type SaveContext = {
  /** The name the save tried to give, to name it in a duplicate-name message. */
  name?: string;
  /** The iModel's state as last read. */
  state?: string;
};

const KEPT = "Your changes are kept.";

export const NOT_INITIALIZED_MESSAGE =
  "This iModel is not initialized yet (its first file is still being processed), so it cannot be changed. Save is disabled until its state changes.";
export const FORBIDDEN_MESSAGE =
  "You cannot edit this iModel: the iTwin Platform refused the change because editing needs the imodels_manage permission. Your changes are kept in this tab but cannot be saved.";

const empty = (): SaveErrorView => ({
  fieldErrors: {},
  canRetry: false,
  notFound: false,
  summary: "",
});

function isNotInitializedConflict(message: string, state?: string): boolean {
  return state === "notInitialized" || /not\s*initiali[sz]ed/i.test(message);
}

function isFieldName(target: string | undefined): target is FieldName {
  return FIELD_NAMES.includes(target as FieldName);
}

/** Where each failure of a save belongs on the page. The user's edits are never dropped, whatever the answer. */
export function mapSaveError(error: unknown, context: SaveContext = {}): SaveErrorView {
  const view = empty();
  if (!isApiError(error)) {
    return formLevel(view, `Saving failed: something unexpected went wrong. ${KEPT}`, true);
  }
  const { status, code, message } = error;

  if (code === "Cancelled")
    return formLevel(view, "Save cancelled. Your changes are still here, not saved.", false);
  if (code === "SignInRequired" || status === 401) {
    return {
      ...formLevel(
        view,
        `Your sign-in has expired, so nothing was saved. ${KEPT} Use “Sign in again” at the top of the page: the save goes on once you are back.`,
        false,
      ),
      resumesAfterSignIn: true,
    };
  }
  if (code === "NetworkError" || code === "Timeout" || code === "SignInUnavailable") {
    return formLevel(view, `Not saved: ${message} ${KEPT}`, true);
  }

  switch (status) {
    case 403:
      return { ...view, banner: "forbidden", summary: FORBIDDEN_MESSAGE };
    case 404:
      return {
        ...view,
        notFound: true,
        summary: "This iModel no longer exists, or you no longer have access to it.",
      };
    case 409:
      if (isNotInitializedConflict(message, context.state)) {
        return { ...view, banner: "notInitialized", summary: NOT_INITIALIZED_MESSAGE };
      }
      return withFieldErrors(view, { name: duplicateNameMessage(context.name) });
    case 415:
      return formLevel(
        view,
        `Not saved because of an internal error: the iTwin Platform did not accept the way this app sent the change. ${KEPT} Please report this problem.`,
        false,
      );
    case 422:
      return mapValidationError(view, message, error.details);
    case 429:
      return formLevel(
        view,
        `Not saved: the iTwin Platform is still asking this app to slow down. ${KEPT} Try again in a moment.`,
        true,
      );
  }
  if (status >= 500 || code === "InvalidResponse")
    return formLevel(view, `Not saved: ${message} ${KEPT}`, true);
  return formLevel(view, `Not saved: ${message} ${KEPT}`, false);
}

/** Short enough for the one line that Name keeps for its message: the field is red, the cure is plain. */
function duplicateNameMessage(name?: string): string {
  return name
    ? `Another iModel in this iTwin is already named “${name}”.`
    : "Another iModel in this iTwin already has this name.";
}

function mapValidationError(
  view: SaveErrorView,
  message: string,
  details: { code: string; message: string; target?: string }[],
): SaveErrorView {
  const fieldErrors: SaveErrorView["fieldErrors"] = {};
  const rest: string[] = [];
  for (const detail of details) {
    if (isFieldName(detail.target)) {
      fieldErrors[detail.target] = [fieldErrors[detail.target], detail.message]
        .filter(Boolean)
        .join(" ");
    } else {
      rest.push(detail.message || detail.code);
    }
  }
  if (details.length === 0) rest.push(message);
  const withFields = withFieldErrors(view, fieldErrors);
  if (rest.length === 0) return withFields;
  const formError = `The iTwin Platform did not accept the change: ${rest.join(" ")}`;
  return {
    ...withFields,
    formError,
    summary: withFields.summary ? `${withFields.summary} ${formError}` : formError,
  };
}

function withFieldErrors(
  view: SaveErrorView,
  fieldErrors: SaveErrorView["fieldErrors"],
): SaveErrorView {
  const fields = FIELD_NAMES.filter((field) => fieldErrors[field]);
  if (fields.length === 0) return view;
  const summary = `Not saved: ${fields.map((field) => fieldErrors[field]).join(" ")}`;
  return { ...view, fieldErrors, focus: fields[0], summary };
}

function formLevel(view: SaveErrorView, formError: string, canRetry: boolean): SaveErrorView {
  return { ...view, formError, canRetry, summary: formError };
}
