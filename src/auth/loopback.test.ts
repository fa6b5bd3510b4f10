import { describe, expect, it } from "vitest";
import { isLoopbackUrl } from "./loopback";

describe("isLoopbackUrl", () => {
  it("knows this machine's addresses", () => {
    for (const url of [
      "https://localhost:4111",
      "https://127.0.0.1:4111/oidc",
      "https://[::1]:4111",
      "https://idp.localhost",
    ])
      expect(isLoopbackUrl(url), url).toBe(true);
  });

  it("is false for the real authority and for garbage", () => {
    expect(isLoopbackUrl("https://ims.bentley.com")).toBe(false);
    expect(isLoopbackUrl("https://localhost.example.com")).toBe(false);
    expect(isLoopbackUrl("not a url")).toBe(false);
  });
});
