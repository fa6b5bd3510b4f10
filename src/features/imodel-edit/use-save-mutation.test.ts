import { expect, test } from "vitest";
import { ApiError } from "../../api/api-error";
import { mayHaveLanded } from "./use-save-mutation";

const apiError = (status: number, code: string) => new ApiError({ status, code, message: code });

test("only a dropped connection, a timeout or an unknown error may have reached the server", () => {
  expect(mayHaveLanded(new TypeError("Failed to fetch"))).toBe(true);
  expect(mayHaveLanded(apiError(0, "NetworkError"))).toBe(true);
  expect(mayHaveLanded(apiError(0, "Timeout"))).toBe(true);
  expect(mayHaveLanded(apiError(409, "iModelExists"))).toBe(false);
  expect(mayHaveLanded(apiError(422, "InvalidiModelsRequest"))).toBe(false);
});
