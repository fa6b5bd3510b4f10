import { describe, expect, it, vi } from "vitest";
import { allowLeafletHtml, installTrustedTypesPolicy, LEAFLET_HTML } from "./trusted-types";

describe("the Trusted Types policy", () => {
  it("lets Leaflet's fixed markup through unchanged", () => {
    for (const html of LEAFLET_HTML) expect(allowLeafletHtml(html)).toBe(html);
  });

  it("refuses any other string, however close to Leaflet's", () => {
    for (const html of [
      "<img src=x onerror=alert(1)>",
      '<span aria-hidden="true">+</span><img src=x onerror=alert(1)>',
      "<svg/><script>alert(1)</script>",
      "<SVG/>",
      " ",
      "text",
    ])
      expect(allowLeafletHtml(html)).toBeNull();
  });

  it("installs only HTML creation: no script or script URL is ever allowed", () => {
    const createPolicy = vi.fn();
    installTrustedTypesPolicy({ createPolicy });
    expect(createPolicy).toHaveBeenCalledOnce();
    const [name, rules] = createPolicy.mock.calls[0]!;
    expect(name).toBe("default");
    expect(Object.keys(rules)).toEqual(["createHTML"]);
  });

  it("does nothing where the browser has no Trusted Types", () => {
    expect(() => installTrustedTypesPolicy(undefined)).not.toThrow();
  });
});
