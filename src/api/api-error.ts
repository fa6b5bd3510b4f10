import { z } from "zod/mini";

export type ApiErrorDetail = { code: string; message: string; target?: string };

/** Every failure of a call, with or without an error body. Codes of our own: NetworkError, Timeout, InvalidResponse, SignInRequired, Cancelled. */
export class ApiError extends Error {
  readonly status: number;
  readonly code: string;
  readonly target?: string;
  readonly details: ApiErrorDetail[];
  readonly retryAfterMs?: number;

  constructor(init: {
    status: number;
    code: string;
    message: string;
    target?: string;
    details?: ApiErrorDetail[];
    retryAfterMs?: number;
  }) {
    super(init.message);
    this.name = "ApiError";
    this.status = init.status;
    this.code = init.code;
    this.target = init.target;
    this.details = init.details ?? [];
    this.retryAfterMs = init.retryAfterMs;
  }
}

const errorBodySchema = z.object({
  error: z.object({
    code: z.string(),
    message: z._default(z.string(), ""),
    target: z.optional(z.string()),
    details: z.optional(
      z.array(
        z.object({
          code: z.string(),
          message: z._default(z.string(), ""),
          target: z.optional(z.string()),
        }),
      ),
    ),
  }),
});

const fallbackMessages: Record<number, string> = {
  400: "The request was not accepted.",
  401: "You are not signed in.",
  403: "You do not have permission to do this.",
  404: "Not found.",
  409: "The change conflicts with the current state.",
  415: "The request was sent in a form the service does not accept.",
  422: "The service did not accept the values.",
  429: "Too many requests.",
};

export function fallbackMessage(status: number): string {
  if (status >= 500) return `The iTwin Platform had a problem (HTTP ${status}). Try again.`;
  return fallbackMessages[status] ?? `The request failed (HTTP ${status}).`;
}

/** Builds the ApiError for a failed response from its body text, which may be anything. */
export function apiErrorFromResponse(
  status: number,
  bodyText: string,
  retryAfterMs?: number,
): ApiError {
  let parsed: z.infer<typeof errorBodySchema> | undefined;
  try {
    const result = errorBodySchema.safeParse(JSON.parse(bodyText));
    if (result.success) parsed = result.data;
  } catch {
    parsed = undefined;
  }
  if (!parsed) {
    return new ApiError({
      status,
      code: `Http${status}`,
      message: fallbackMessage(status),
      retryAfterMs,
    });
  }
  const { code, message, target, details } = parsed.error;
  return new ApiError({
    status,
    code,
    message: message || fallbackMessage(status),
    target,
    details,
    retryAfterMs,
  });
}

export function isApiError(error: unknown): error is ApiError {
  return error instanceof ApiError;
}

/** Runs a removal for which 404 means "already gone": what the caller wanted is true. */
export async function unlessNotFound(call: Promise<unknown>): Promise<void> {
  try {
    await call;
  } catch (error) {
    if (isApiError(error) && error.status === 404) return;
    throw error;
  }
}
