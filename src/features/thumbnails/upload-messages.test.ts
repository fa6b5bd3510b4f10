import { describe, expect, it } from "vitest";
import { ApiError } from "../../api/api-error";
import { refusalOf, uploadFailure } from "./upload-messages";

const file = (bytes: number, type: string, name = "picture") =>
  new File([new Uint8Array(bytes)], name, { type });

describe("refusalOf", () => {
  it("refuses a GIF and an oversize PNG with the reason, takes PNG and JPEG", () => {
    expect(refusalOf(file(10, "image/gif", "cat.gif"))).toMatch(
      /“cat.gif” is a GIF file.*PNG or JPEG/,
    );
    expect(refusalOf(file(6 * 1024 * 1024, "image/png", "big.png"))).toMatch(
      /“big.png” is 6.0 MB: .*at most 5 MB/,
    );
    expect(refusalOf(file(10, "image/png"))).toBeUndefined();
    expect(refusalOf(file(10, "image/jpeg"))).toBeUndefined();
  });
});

describe("uploadFailure", () => {
  const error = (status: number, retryAfterMs?: number) =>
    new ApiError({ status, code: "X", message: "detail", retryAfterMs });
  it("says why for each refusal and whether trying again can help", () => {
    expect(uploadFailure(error(403))).toMatchObject({ canRetry: false, message: /imodels_manage/ });
    expect(uploadFailure(error(413))).toMatchObject({ canRetry: false, message: /too large/ });
    expect(uploadFailure(error(415))).toMatchObject({ canRetry: false, message: /PNG or JPEG/ });
    expect(uploadFailure(error(422))).toMatchObject({ canRetry: false, message: /detail/ });
    expect(uploadFailure(error(500))).toMatchObject({ canRetry: true });
  });
  it("gives a 429 the moment it may be tried again", () => {
    expect(uploadFailure(error(429, 7000), 1000)).toMatchObject({ canRetry: true, retryAt: 8000 });
  });
});
