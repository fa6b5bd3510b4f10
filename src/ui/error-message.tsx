import { isApiError } from "../api/api-error";

export function describeError(error: unknown): string {
  if (isApiError(error)) return error.message;
  return "Something went wrong. Try again.";
}

/** An error in place of what failed to load, with a way to try again. */
export function ErrorMessage({ error, onRetry }: { error: unknown; onRetry?: () => void }) {
  return (
    <div className="error-box" role="alert">
      <p>{describeError(error)}</p>
      {onRetry ? (
        <button type="button" className="button-secondary" onClick={onRetry}>
          Try again
        </button>
      ) : null}
    </div>
  );
}
