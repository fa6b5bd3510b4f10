import { describe, expect, it } from "vitest";
import { ApiError } from "../api/api-error";
import { createQueryClient, isTransient } from "./query-client";

const error = (status: number, code: string) => new ApiError({ status, code, message: code });

describe("the query client's retry policy", () => {
  it.each([
    [500, "InternalServerError"],
    [503, "ServiceUnavailable"],
    [0, "NetworkError"],
    [0, "Timeout"],
  ])("retries a read that failed with %i %s", (status, code) => {
    expect(isTransient(error(status, code))).toBe(true);
  });

  it.each([
    [401, "SignInRequired"],
    [0, "SignInUnavailable"],
    [0, "InvalidResponse"],
    [0, "Cancelled"],
    [404, "iModelNotFound"],
    [429, "TooManyRequests"],
  ])(
    "does not retry %i %s: another try would not change it, or the client already waited it out",
    (status, code) => {
      expect(isTransient(error(status, code))).toBe(false);
    },
  );

  it("does not retry what is not an API error (a bug in the app)", () => {
    expect(isTransient(new Error("boom"))).toBe(false);
  });

  it("tries a read three more times with growing waits, and never a write by itself", () => {
    const { queries, mutations } = createQueryClient().getDefaultOptions();
    const retry = queries?.retry as (failureCount: number, error: unknown) => boolean;
    const retryDelay = queries?.retryDelay as (attempt: number, error: unknown) => number;
    const serverError = error(503, "ServiceUnavailable");
    expect([0, 1, 2, 3].map((count) => retry(count, serverError))).toEqual([
      true,
      true,
      true,
      false,
    ]);
    expect([0, 1, 2, 10].map((attempt) => retryDelay(attempt, serverError))).toEqual([
      500, 1000, 2000, 8000,
    ]);
    expect(mutations?.retry).toBe(false);
  });
});
