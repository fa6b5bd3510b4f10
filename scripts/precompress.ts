import { readdirSync, readFileSync, statSync, writeFileSync } from "node:fs";
import { join, resolve } from "node:path";
import { brotliCompressSync, constants, gzipSync } from "node:zlib";
import type { Plugin } from "vite";

const COMPRESSIBLE = /\.(js|css|html|json|svg)$/;
/** Edited per deployment after the build, so a compressed copy would go stale. */
const EDITED_AFTER_BUILD = new Set(["config.json"]);
/** Below this, compression saves less than it costs. */
const MIN_BYTES = 1024;

function* filesIn(dir: string): Generator<string> {
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) yield* filesIn(path);
    else if (COMPRESSIBLE.test(entry.name) && !EDITED_AFTER_BUILD.has(entry.name)) yield path;
  }
}

/**
 * Writes `.br` and `.gz` beside each text file of the build, so a static server (sirv's
 * `brotli`/`gzip` options, nginx's `gzip_static`) sends them compressed without spending
 * CPU per request.
 */
export function precompress(): Plugin {
  let outDir = "";
  return {
    name: "imodel-admin:precompress",
    apply: "build",
    configResolved(config) {
      outDir = resolve(config.root, config.build.outDir);
    },
    closeBundle() {
      for (const file of filesIn(outDir)) {
        if (statSync(file).size < MIN_BYTES) continue;
        const content = readFileSync(file);
        writeFileSync(
          `${file}.br`,
          brotliCompressSync(content, { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } }),
        );
        writeFileSync(`${file}.gz`, gzipSync(content, { level: 9 }));
      }
    },
  };
}
