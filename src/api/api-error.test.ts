import { describe, expect, it } from "vitest";
import { apiErrorFromResponse } from "./api-error";

describe("apiErrorFromResponse", () => {
  it("reads the service's error body with details and targets", () => {
    const error = apiErrorFromResponse(
      422,
      JSON.stringify({
        error: {
          code: "InvalidiModelsRequest",
          message: "Cannot update iModel.",
          details: [
            {
              code: "InvalidValue",
              message: "Provided 'name' value is not valid.",
              target: "name",
            },
          ],
        },
      }),
    );
    expect(error).toMatchObject({
      status: 422,
      code: "InvalidiModelsRequest",
      message: "Cannot update iModel.",
    });
    expect(error.details).toEqual([
      { code: "InvalidValue", message: "Provided 'name' value is not valid.", target: "name" },
    ]);
  });

  it.each([
    ["", 502],
    ["<html>Bad gateway</html>", 502],
    ['{"message":"not the shape"}', 500],
    ["null", 503],
  ])("gives a clear error for a body that is not the service's (%j)", (body, status) => {
    const error = apiErrorFromResponse(status, body);
    expect(error.code).toBe(`Http${status}`);
    expect(error.message).toMatch(/iTwin Platform had a problem/);
    expect(error.details).toEqual([]);
  });

  it("keeps the wait of a 429", () => {
    expect(apiErrorFromResponse(429, "", 4000).retryAfterMs).toBe(4000);
  });
});
