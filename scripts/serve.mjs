// Serves the production build (dist/) the way a static host should: SPA fallback, security
// headers, and the deployment's config.json. Used by the end-to-end tests and the bench.
import { readFileSync } from "node:fs";
import { createServer } from "node:http";
import { fileURLToPath } from "node:url";
import sirv from "sirv";
import { securityHeaders } from "./security-headers.mjs";

const root = process.env.DIST_DIR
  ? fileURLToPath(new URL(process.env.DIST_DIR, new URL("../", import.meta.url)))
  : fileURLToPath(new URL("../dist", import.meta.url));
const port = Number(process.env.APP_PORT ?? 4173);

/** config.json: from CONFIG_FILE, else the built default with the stand-in's ports from the environment. */
function loadConfigText() {
  if (process.env.CONFIG_FILE) return readFileSync(process.env.CONFIG_FILE, "utf8");
  const config = JSON.parse(readFileSync(`${root}/config.json`, "utf8"));
  if (process.env.SIM_API_PORT) {
    config.apiBaseUrl = `http://localhost:${process.env.SIM_API_PORT}`;
    // The stand-in serves the geocoder too, on the same port.
    if (config.geocoderUrl) config.geocoderUrl = `${config.apiBaseUrl}/geocoder`;
  }
  if (process.env.SIM_IDP_PORT) config.authority = `https://localhost:${process.env.SIM_IDP_PORT}`;
  if (process.env.TILE_URL) config.tileUrl = process.env.TILE_URL;
  if (process.env.REQUEST_TIMEOUT_MS)
    config.requestTimeoutMs = Number(process.env.REQUEST_TIMEOUT_MS);
  return JSON.stringify(config, null, 2);
}

const configText = loadConfigText();
const headersFor = (config) => ({
  http: securityHeaders(config),
  https: securityHeaders(config, { https: true }),
});
let headers;
try {
  headers = headersFor(JSON.parse(configText));
} catch {
  headers = headersFor({
    authority: "https://invalid.invalid",
    apiBaseUrl: "https://invalid.invalid",
    tileUrl: "",
  });
}

const assets = sirv(root, {
  single: true,
  etag: true,
  // The build writes .br and .gz copies (scripts/precompress.ts).
  brotli: true,
  gzip: true,
  setHeaders(res, pathname) {
    if (pathname.startsWith("/assets/"))
      res.setHeader("Cache-Control", "public, max-age=31536000, immutable");
    else res.setHeader("Cache-Control", "no-cache");
  },
});

/** The page's first API call needs a connection to the API: the browser opens it while the code loads. */
function preconnectLink() {
  try {
    return `<${new URL(JSON.parse(configText).apiBaseUrl).origin}>; rel=preconnect; crossorigin`;
  } catch {
    return undefined;
  }
}
const preconnect = preconnectLink();

const server = createServer((req, res) => {
  // Behind a TLS-terminating proxy the page is https: then HSTS goes with it.
  const https = req.headers["x-forwarded-proto"] === "https";
  for (const [name, value] of Object.entries(headers[https ? "https" : "http"]))
    res.setHeader(name, value);
  if (preconnect && !req.url?.startsWith("/assets/")) res.setHeader("Link", preconnect);
  if (req.url?.split("?")[0] === "/config.json") {
    res.setHeader("Content-Type", "application/json");
    res.setHeader("Cache-Control", "no-cache");
    res.end(configText);
    return;
  }
  assets(req, res);
});

server.listen(port, "127.0.0.1", () => {
  console.log(`iModel Admin (production build) on http://localhost:${port}`);
});
