// Writes deploy/nginx.conf from scripts/security-headers.mjs, so nginx sends exactly what
// scripts/serve.mjs sends. `node scripts/nginx-conf.mjs` rewrites it; a unit test checks it is
// up to date; scripts/nginx-serve.mjs runs it for real in the tests.
import { readFileSync, writeFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { HSTS, securityHeaders } from "./security-headers.mjs";

/** The origins of a deployment on the iTwin Platform (docs/deployment.md's config.json). */
export const PRODUCTION_CONFIG = {
  authority: "https://ims.bentley.com",
  apiBaseUrl: "https://api.bentley.com",
  tileUrl: "https://tile.openstreetmap.org/{z}/{x}/{y}.png",
};

const quote = (value) => `"${value.replaceAll("\\", "\\\\").replaceAll('"', '\\"')}"`;

/** nginx drops a location's inherited add_header lines once it has one: each names them all. */
function headerLines(headers, indent) {
  return Object.entries(headers)
    .map(([name, value]) => `${indent}add_header ${name} ${value} always;`)
    .join("\n");
}

export function nginxConf(
  config,
  { listen = "80", root = "/usr/share/nginx/html", generatedBy = "" } = {},
) {
  const { "Strict-Transport-Security": _hsts, ...headers } = securityHeaders(config, {
    https: true,
  });
  const quoted = Object.fromEntries(Object.entries(headers).map(([k, v]) => [k, quote(v)]));
  // Sent only when the page came over https (here, or at a TLS proxy before this server).
  quoted["Strict-Transport-Security"] = "$imodel_admin_hsts";
  const preconnect = `<${new URL(config.apiBaseUrl).origin}>; rel=preconnect; crossorigin`;
  const all = (indent, extra = {}) => headerLines({ ...extra, ...quoted }, indent);
  return `# Serving the production build (dist/) with nginx: include this file in nginx's http block.
# Generated from scripts/security-headers.mjs by scripts/nginx-conf.mjs${generatedBy}; do not edit.
# For TLS, add \`listen 443 ssl;\` and your certificate; HSTS then goes out on https only.

map "$scheme:$http_x_forwarded_proto" $imodel_admin_hsts {
    "~https" ${quote(HSTS)};
    default "";
}

server {
    listen ${listen};
    server_name _;
    root ${root};

    # The build writes a .gz beside each text file (scripts/precompress.ts): send it as is.
    # (Its .br copies need the ngx_brotli module's brotli_static.) config.json is compressed per request.
    gzip_static on;
    gzip on;
    gzip_types application/json image/svg+xml;

    # Hashed assets never change; a missing one is a 404, never the app's page.
    location /assets/ {
${all("        ", { "Cache-Control": quote("public, max-age=31536000, immutable") })}
        try_files $uri =404;
    }

    # The deployment's settings: read afresh on each start of the app.
    location = /config.json {
${all("        ", { "Cache-Control": quote("no-cache") })}
        try_files $uri =404;
    }

    # Every other address is the app's (SPA fallback); the first API call's connection opens
    # while the code loads.
    location / {
${all("        ", { "Cache-Control": quote("no-cache"), Link: quote(preconnect) })}
        try_files $uri /index.html;
    }
}
`;
}

export const DEPLOY_CONF = fileURLToPath(new URL("../deploy/nginx.conf", import.meta.url));

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const config = process.env.CONFIG_FILE
    ? JSON.parse(readFileSync(process.env.CONFIG_FILE, "utf8"))
    : PRODUCTION_CONFIG;
  const target = process.env.CONFIG_FILE ? "nginx.conf" : DEPLOY_CONF;
  writeFileSync(target, nginxConf(config));
  console.log(`Wrote ${target}`);
}
