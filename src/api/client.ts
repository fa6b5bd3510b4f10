import type { z } from "zod/mini";
import { SignInRequiredError, type TokenProvider } from "../auth/access-token";
import { ApiError, apiErrorFromResponse } from "./api-error";
import type { RateLimitGate, RequestPriority, Settle } from "./rate-limit-gate";
import { parseRetryAfter } from "./retry-after";

export const ACCEPT_V1 = "application/vnd.bentley.itwin-platform.v1+json";
export const ACCEPT_V2 = "application/vnd.bentley.itwin-platform.v2+json";

export type RequestOptions<T> = {
  method?: "GET" | "PUT" | "PATCH" | "DELETE" | "POST";
  /** A path below the API base URL, or an absolute URL given by the service (paging links). */
  path: string;
  query?: Record<string, string | number | undefined>;
  /** Sent as JSON; a Blob (an uploaded file) is sent as it is, with its own type. */
  body?: unknown;
  accept?: string;
  prefer?: "return=minimal" | "return=representation";
  /** Validates the JSON answer; without it the answer is not read (204). */
  schema?: z.ZodMiniType<T>;
  /** "image": the answer is an image, read as a Blob (T = Blob). */
  responseType?: "image";
  signal?: AbortSignal;
  /**
   * Called as the body goes out (bytes sent, bytes in all; again from 0 on a retry). The request
   * then goes by XMLHttpRequest, as fetch cannot report it; token, gate, retries and errors alike.
   */
  onUploadProgress?: (loaded: number, total: number) => void;
  /** "low" (thumbnails): goes after the list's own requests at the gate and on the wire. */
  priority?: RequestPriority;
  /** Outlives the page (sent on pagehide): no waiting at the rate-limit gate, no retries. */
  keepalive?: boolean;
  /**
   * Another service's open API (the geocoder): no token, and its 429s are its own, so they
   * neither wait at nor block the platform's gate, and are not retried.
   */
  anonymous?: boolean;
};

export type ApiClientOptions = {
  baseUrl: string;
  getToken: TokenProvider;
  gate: RateLimitGate;
  timeoutMs?: number;
  /** How many 429s one call waits out before giving up. */
  maxRateLimitRetries?: number;
  fetch?: typeof fetch;
};

export type ApiClient = <T = void>(options: RequestOptions<T>) => Promise<T>;

/** The only code that speaks HTTP to the iTwin Platform. Every call we make is idempotent, so 429s are waited out and retried. */
export function createApiClient(options: ApiClientOptions): ApiClient {
  const { baseUrl, getToken, gate, timeoutMs = 30_000, maxRateLimitRetries = 5 } = options;
  const doFetch = options.fetch ?? ((...args: Parameters<typeof fetch>) => fetch(...args));

  return async function request<T>(req: RequestOptions<T>): Promise<T> {
    const url = buildUrl(baseUrl, req.path, req.query);
    let rateLimited = 0;
    let renewedToken = false;
    for (;;) {
      if (req.anonymous) return requestAnonymous(doFetch, url, req, timeoutMs);
      const settle = req.keepalive ? null : await waitAtGate(gate, req.signal, req.priority);
      // If this request was the gate's probe, whatever ends it (a throw, a 401) lets the rest go.
      try {
        const token = await tokenOrApiError(getToken, renewedToken);
        const response = await send(doFetch, url, req, token, timeoutMs);
        if (req.keepalive && !response.ok) throw apiErrorFromResponse(response.status, "");
        if (response.status === 401 && !renewedToken) {
          renewedToken = true;
          continue;
        }
        if (response.status === 429) {
          const retryAfter = parseRetryAfter(response.headers.get("Retry-After"));
          const waitMs = gate.block(retryAfter, req.priority);
          if (rateLimited < maxRateLimitRetries) {
            rateLimited += 1;
            continue;
          }
          throw apiErrorFromResponse(429, await safeText(response), waitMs);
        }
        gate.passed();
        if (!response.ok) throw apiErrorFromResponse(response.status, await safeText(response));
        if (req.responseType === "image") return (await readImage(response)) as T;
        return await readBody(response, req.schema);
      } finally {
        settle?.();
      }
    }
  };
}

async function requestAnonymous<T>(
  doFetch: typeof fetch,
  url: string,
  req: RequestOptions<T>,
  timeoutMs: number,
): Promise<T> {
  const response = await send(doFetch, url, req, null, timeoutMs);
  if (!response.ok) {
    const retryAfter = parseRetryAfter(response.headers.get("Retry-After")) ?? undefined;
    const waitMs = response.status === 429 ? retryAfter : undefined;
    throw apiErrorFromResponse(response.status, await safeText(response), waitMs);
  }
  return readBody(response, req.schema);
}

function buildUrl(baseUrl: string, path: string, query?: RequestOptions<unknown>["query"]): string {
  const url = /^https?:\/\//.test(path)
    ? new URL(path)
    : new URL(baseUrl.replace(/\/$/, "") + path);
  for (const [key, value] of Object.entries(query ?? {})) {
    if (value !== undefined && value !== "") url.searchParams.set(key, String(value));
  }
  return url.toString();
}

async function waitAtGate(
  gate: RateLimitGate,
  signal?: AbortSignal,
  priority?: RequestPriority,
): Promise<Settle> {
  try {
    return await gate.wait(signal, priority);
  } catch {
    throw cancelled();
  }
}

async function tokenOrApiError(getToken: TokenProvider, forceRefresh: boolean): Promise<string> {
  try {
    return await getToken({ forceRefresh });
  } catch (error) {
    if (error instanceof SignInRequiredError) {
      throw new ApiError({ status: 401, code: "SignInRequired", message: error.message });
    }
    throw new ApiError({
      status: 0,
      code: "SignInUnavailable",
      message: "The sign-in service could not be reached. Check your connection and try again.",
    });
  }
}

async function send(
  doFetch: typeof fetch,
  url: string,
  req: RequestOptions<unknown>,
  token: string | null,
  timeoutMs: number,
): Promise<Response> {
  const headers: Record<string, string> = { Accept: req.accept ?? ACCEPT_V2 };
  if (token !== null) headers.Authorization = `Bearer ${token}`;
  if (req.prefer) headers.Prefer = req.prefer;
  const hasBody = req.body !== undefined;
  const isFile = req.body instanceof Blob;
  if (hasBody) headers["Content-Type"] = isFile ? (req.body as Blob).type : "application/json";
  const timeout = AbortSignal.timeout(timeoutMs);
  const signal = req.signal ? AbortSignal.any([req.signal, timeout]) : timeout;
  const method = req.method ?? "GET";
  const body = isFile ? (req.body as Blob) : hasBody ? JSON.stringify(req.body) : undefined;
  try {
    if (req.onUploadProgress) {
      const { xhrFetch } = await import("./xhr-fetch");
      const init = { method, headers, body, signal: req.signal, idleTimeoutMs: timeoutMs };
      return await xhrFetch(url, init, req.onUploadProgress);
    }
    return await doFetch(url, {
      method,
      headers,
      body,
      signal,
      ...(req.priority === "low" ? { priority: "low" as const } : {}),
      ...(req.keepalive ? { keepalive: true } : {}),
    });
  } catch (error) {
    if (req.signal?.aborted) throw cancelled();
    // An upload with progress has its own timeout, counted from its last progress.
    if (req.onUploadProgress ? (error as Error).name === "TimeoutError" : timeout.aborted) {
      throw new ApiError({
        status: 0,
        code: "Timeout",
        message: "The iTwin Platform did not answer in time. Try again.",
      });
    }
    throw new ApiError({
      status: 0,
      code: "NetworkError",
      message: "The iTwin Platform could not be reached. Check your connection.",
    });
  }
}

async function readBody<T>(response: Response, schema?: z.ZodMiniType<T>): Promise<T> {
  if (!schema) {
    // Calls without a schema expect no content (204). A page of text in its place (a proxy's or a
    // portal's) means the service may never have seen the call: not a success.
    const text = await safeText(response);
    if (text.trim() !== "" && !isJson(text)) throw invalidResponse("The answer was not JSON.");
    return undefined as T;
  }
  let json: unknown;
  try {
    json = await response.json();
  } catch {
    throw invalidResponse("The answer was not JSON.");
  }
  const result = schema.safeParse(json);
  if (!result.success) throw invalidResponse("The answer did not have the expected shape.");
  return result.data;
}

/** A page of text or JSON in place of the image (a proxy's, a portal's) is not a success. */
async function readImage(response: Response): Promise<Blob> {
  const type = response.headers.get("Content-Type") ?? "";
  if (!/^image\//i.test(type)) throw invalidResponse("The answer was not an image.");
  try {
    return await response.blob();
  } catch {
    throw invalidResponse("The image could not be read.");
  }
}

function isJson(text: string): boolean {
  try {
    JSON.parse(text);
    return true;
  } catch {
    return false;
  }
}

async function safeText(response: Response): Promise<string> {
  try {
    return await response.text();
  } catch {
    return "";
  }
}

function invalidResponse(why: string): ApiError {
  return new ApiError({
    status: 0,
    code: "InvalidResponse",
    message: `The iTwin Platform sent an answer this app cannot read. ${why}`,
  });
}

function cancelled(): ApiError {
  return new ApiError({ status: 0, code: "Cancelled", message: "Cancelled." });
}
