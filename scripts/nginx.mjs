import { spawnSync } from "node:child_process";
import { existsSync } from "node:fs";
import { dirname } from "node:path";

/** The nginx the deployment tests run: $NGINX_PATH, else Debian's. */
export function findNginx() {
  const candidates = [process.env.NGINX_PATH, "/usr/sbin/nginx", "/usr/local/sbin/nginx"];
  return candidates.find((path) => path && existsSync(path)) ?? null;
}

/** Its version line ("nginx version: nginx/1.22.1") and the folder of its mime.types. */
export function nginxInfo(path) {
  // nginx prints these on stderr.
  const text = spawnSync(path, ["-V"], { encoding: "utf8" }).stderr;
  const confPath = /--conf-path=(\S+)/.exec(text)?.[1] ?? "/etc/nginx/nginx.conf";
  return { version: text.split("\n")[0].trim(), confDir: dirname(confPath) };
}
