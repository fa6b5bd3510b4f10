// Serves the production build with a real nginx and the generated deployment config, the way
// deploy/nginx.conf would in production, for playwright.nginx.config.ts. config.json gets the
// stand-in's ports like scripts/serve.mjs does; nginx runs in the foreground until stopped.
import { spawn } from "node:child_process";
import { chmodSync, cpSync, mkdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { findNginx, nginxInfo } from "./nginx.mjs";
import { nginxConf } from "./nginx-conf.mjs";

const nginx = findNginx();
if (!nginx) {
  console.error("No nginx: run node scripts/ensure-nginx.mjs (or set NGINX_PATH).");
  process.exit(1);
}
const { version, confDir } = nginxInfo(nginx);
const port = Number(process.env.APP_PORT);
const dist = fileURLToPath(new URL("../dist", import.meta.url));

// One folder per port, emptied first: a run that was killed leaves nothing that grows.
const work = join(tmpdir(), `imodel-admin-nginx-${port}`);
rmSync(work, { recursive: true, force: true });
mkdirSync(work);
// nginx's workers run as an unprivileged user when started as root: they must read the files.
chmodSync(work, 0o755);
const root = join(work, "html");
cpSync(dist, root, { recursive: true });
const config = JSON.parse(readFileSync(join(root, "config.json"), "utf8"));
config.apiBaseUrl = `http://localhost:${process.env.SIM_API_PORT}`;
if (config.geocoderUrl) config.geocoderUrl = `${config.apiBaseUrl}/geocoder`;
config.authority = `https://localhost:${process.env.SIM_IDP_PORT}`;
if (process.env.TILE_URL) config.tileUrl = process.env.TILE_URL;
if (process.env.REQUEST_TIMEOUT_MS)
  config.requestTimeoutMs = Number(process.env.REQUEST_TIMEOUT_MS);
writeFileSync(join(root, "config.json"), JSON.stringify(config, null, 2));

writeFileSync(
  join(work, "site.conf"),
  nginxConf(config, { listen: `127.0.0.1:${port}`, root, generatedBy: " (for the tests)" }),
);
for (const dir of ["body", "proxy", "fastcgi", "uwsgi", "scgi"]) mkdirSync(join(work, dir));
writeFileSync(
  join(work, "nginx.conf"),
  `worker_processes 1;
pid ${work}/nginx.pid;
error_log stderr warn;
events { worker_connections 256; }
http {
    include ${confDir}/mime.types;
    default_type application/octet-stream;
    access_log off;
    client_body_temp_path ${work}/body;
    proxy_temp_path ${work}/proxy;
    fastcgi_temp_path ${work}/fastcgi;
    uwsgi_temp_path ${work}/uwsgi;
    scgi_temp_path ${work}/scgi;
    include ${work}/site.conf;
}
`,
);

console.log(`${version} serving ${root} on http://localhost:${port}`);
const child = spawn(nginx, ["-p", work, "-c", join(work, "nginx.conf"), "-g", "daemon off;"], {
  stdio: "inherit",
});
const stop = () => child.kill("SIGQUIT");
process.on("SIGTERM", stop);
process.on("SIGINT", stop);
child.on("exit", (code) => {
  rmSync(work, { recursive: true, force: true });
  process.exit(code ?? 0);
});
