import { describe, expect, it } from "vitest";
import { ApiError } from "../../api/api-error";
import { mapSaveError } from "./map-save-error";

const apiError = (status: number, code: string, message = "", details: ApiError["details"] = []) =>
  new ApiError({ status, code, message, details });

describe("mapSaveError", () => {
  it("puts a duplicate name on Name, focused, naming the name", () => {
    const view = mapSaveError(
      apiError(409, "iModelExists", "iModel with the same name already exists within the iTwin."),
      {
        name: "Sun City Wind Farm",
        state: "initialized",
      },
    );
    expect(view.fieldErrors.name).toContain("“Sun City Wind Farm”");
    expect(view.focus).toBe("name");
    expect(view.banner).toBeUndefined();
    expect(view.formError).toBeUndefined();
    expect(view.summary).toContain("Sun City Wind Farm");
  });

  it("shows a banner for a 409 on an iModel that is not initialized, told by the message", () => {
    const view = mapSaveError(apiError(409, "iModelExists", "iModel is not initialized."), {
      state: "initialized",
    });
    expect(view.banner).toBe("notInitialized");
    expect(view.fieldErrors).toEqual({});
  });

  it("shows a banner for a 409 on an iModel that is not initialized, told by its state", () => {
    const view = mapSaveError(apiError(409, "iModelExists", "Conflict."), {
      state: "notInitialized",
    });
    expect(view.banner).toBe("notInitialized");
  });

  it("puts each 422 detail on its field and focuses the first", () => {
    const view = mapSaveError(
      apiError(422, "InvalidiModelsRequest", "Cannot update iModel.", [
        {
          code: "InvalidValue",
          message: "Provided 'extent' value is not valid.",
          target: "extent",
        },
        {
          code: "InvalidValue",
          message: "Provided 'description' value is not valid.",
          target: "description",
        },
        { code: "InvalidValue", message: "Provided 'name' value is not valid.", target: "name" },
      ]),
    );
    expect(view.fieldErrors).toEqual({
      name: "Provided 'name' value is not valid.",
      description: "Provided 'description' value is not valid.",
      extent: "Provided 'extent' value is not valid.",
    });
    expect(view.focus).toBe("name");
    expect(view.formError).toBeUndefined();
  });

  it("puts 422 details without a known target at form level", () => {
    const view = mapSaveError(
      apiError(422, "InvalidiModelsRequest", "Cannot update iModel.", [
        { code: "InvalidRequestBody", message: "Failed to parse request body." },
        { code: "MissingRequiredProperty", message: "Required property is missing." },
        { code: "InvalidValue", message: "Bad thing.", target: "containersEnabled" },
      ]),
    );
    expect(view.fieldErrors).toEqual({});
    expect(view.formError).toContain("Failed to parse request body.");
    expect(view.formError).toContain("Required property is missing.");
    expect(view.formError).toContain("Bad thing.");
    expect(view.focus).toBeUndefined();
  });

  it("uses the message of a 422 without details", () => {
    expect(
      mapSaveError(apiError(422, "InvalidiModelsRequest", "Cannot update iModel.")).formError,
    ).toContain("Cannot update iModel.");
  });

  it("makes the form read-only on 403", () => {
    const view = mapSaveError(
      apiError(403, "InsufficientPermissions", "The user has insufficient permissions."),
    );
    expect(view.banner).toBe("forbidden");
    expect(view.summary).toContain("imodels_manage");
  });

  it("shows the not-found page on 404", () => {
    expect(
      mapSaveError(apiError(404, "iModelNotFound", "Requested iModel is not available.")).notFound,
    ).toBe(true);
  });

  it("calls a 415 an internal error", () => {
    const view = mapSaveError(
      apiError(415, "UnsupportedMediaType", "Media Type is not supported."),
    );
    expect(view.formError).toMatch(/internal error/i);
    expect(view.canRetry).toBe(false);
  });

  it("offers a retry when the rate limit outlasted the automatic retries", () => {
    const view = mapSaveError(apiError(429, "TooManyRequests", "Too many."));
    expect(view.formError).toBeDefined();
    expect(view.canRetry).toBe(true);
  });

  it.each(["NetworkError", "Timeout", "SignInUnavailable"])("offers a retry after %s", (code) => {
    const view = mapSaveError(apiError(0, code, "The iTwin Platform could not be reached."));
    expect(view.formError).toContain("could not be reached");
    expect(view.formError).toContain("kept");
    expect(view.canRetry).toBe(true);
  });

  it("offers a retry after a server failure", () => {
    expect(mapSaveError(apiError(503, "ServiceUnavailable", "Unavailable.")).canRetry).toBe(true);
    expect(mapSaveError(apiError(0, "InvalidResponse", "Unreadable.")).canRetry).toBe(true);
  });

  it("points at the sign-in banner when sign-in is needed, and resumes after it", () => {
    const view = mapSaveError(apiError(401, "SignInRequired", "Your sign-in has expired."));
    expect(view.formError).toContain("Sign in again");
    expect(view.formError).toContain("kept");
    expect(view.canRetry).toBe(false);
    expect(view.resumesAfterSignIn).toBe(true);
    expect(
      mapSaveError(apiError(503, "ServiceUnavailable", "Unavailable.")).resumesAfterSignIn,
    ).toBeFalsy();
  });

  it("says that a cancelled save kept the edits", () => {
    const view = mapSaveError(apiError(0, "Cancelled", "Cancelled."));
    expect(view.formError).toMatch(/cancelled/i);
    expect(view.formError).toMatch(/still here/);
  });

  it("handles an unknown failure", () => {
    const view = mapSaveError(new TypeError("boom"));
    expect(view.formError).toContain("kept");
    expect(view.canRetry).toBe(true);
    expect(mapSaveError(apiError(400, "Whatever", "Odd.")).formError).toContain("Odd.");
  });
});
