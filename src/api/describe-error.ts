import { isApiError } from "./api-error";

/** What to tell a person about a failed request: the service's own words, or a plain fallback. */
export function describeError(error: unknown): string {
  if (isApiError(error)) return error.message;
  return "Something went wrong. Try again.";
}
