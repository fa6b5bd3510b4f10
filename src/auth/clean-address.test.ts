import { describe, expect, it, vi } from "vitest";
import { addressWithoutAuthResponse, cleanAddress } from "./clean-address";

describe("the address after sign-in or sign-out", () => {
  it("loses the provider's state, code and errors, keeping the app's own parameters", () => {
    expect(addressWithoutAuthResponse("https://app.example/?state=eyJpZCI6IjEifQ%3D%3D")).toBe("/");
    expect(
      addressWithoutAuthResponse("https://app.example/itwins/1?q=plant&code=abc&state=x#top"),
    ).toBe("/itwins/1?q=plant#top");
    expect(addressWithoutAuthResponse("https://app.example/?error=access_denied")).toBe("/");
  });

  it("leaves a clean address alone", () => {
    expect(addressWithoutAuthResponse("https://app.example/itwins/1?q=plant")).toBeNull();
  });

  it("replaces the history entry instead of adding one", () => {
    const history = { state: { key: "k" }, replaceState: vi.fn() } as unknown as History;
    cleanAddress({ href: "https://app.example/?state=s" } as Location, history);
    expect(history.replaceState).toHaveBeenCalledWith({ key: "k" }, "", "/");
    cleanAddress({ href: "https://app.example/" } as Location, history);
    expect(history.replaceState).toHaveBeenCalledOnce();
  });
});
