import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { DEPLOY_CONF, nginxConf, PRODUCTION_CONFIG } from "./nginx-conf.mjs";
import { securityHeaders } from "./security-headers.mjs";

describe("deploy/nginx.conf", () => {
  it("is what scripts/nginx-conf.mjs makes of the security headers (run it after changing them)", () => {
    expect(readFileSync(DEPLOY_CONF, "utf8")).toBe(nginxConf(PRODUCTION_CONFIG));
  });

  it("sends every header of scripts/serve.mjs in every location", () => {
    const conf = nginxConf(PRODUCTION_CONFIG);
    const locations = conf.split(/\n {4}location /).slice(1);
    expect(locations).toHaveLength(3);
    for (const [name, value] of Object.entries(securityHeaders(PRODUCTION_CONFIG))) {
      for (const location of locations)
        expect(location).toContain(`add_header ${name} "${value}" always;`);
    }
    for (const location of locations)
      expect(location).toContain("add_header Strict-Transport-Security $imodel_admin_hsts always;");
  });

  it("lets the page reach a configured geocoder, and names a shared origin once", () => {
    const csp = (config: object) =>
      securityHeaders({ ...PRODUCTION_CONFIG, ...config })["Content-Security-Policy"];
    expect(csp({ geocoderUrl: "https://geo.example.org/nominatim" })).toContain(
      "connect-src 'self' https://ims.bentley.com https://api.bentley.com https://geo.example.org;",
    );
    expect(csp({ geocoderUrl: "https://api.bentley.com/geocoder" })).toContain(
      "connect-src 'self' https://ims.bentley.com https://api.bentley.com;",
    );
    expect(csp({ geocoderUrl: "" })).toBe(csp({}));
  });
});
