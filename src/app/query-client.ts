import { QueryClient } from "@tanstack/react-query";
import { isApiError } from "../api/api-error";

const TRANSIENT_CODES = new Set(["NetworkError", "Timeout"]);

/** Server trouble and dropped connections are worth a few more tries; a 4xx answer will not change. */
export function isTransient(error: unknown): boolean {
  if (!isApiError(error)) return false;
  return error.status >= 500 || TRANSIENT_CODES.has(error.code);
}

export function createQueryClient(): QueryClient {
  return new QueryClient({
    defaultOptions: {
      queries: {
        staleTime: 30_000,
        retry: (failureCount, error) => isTransient(error) && failureCount < 3,
        retryDelay: (attempt) => Math.min(500 * 2 ** attempt, 8_000),
        refetchOnWindowFocus: false,
      },
      mutations: { retry: false },
    },
  });
}
