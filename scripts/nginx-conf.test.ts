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
});
