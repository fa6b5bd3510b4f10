// JavaScript and CSS per route, from Vite's .vite/manifest.json: what each page loads, minified and gzip.
import { readFileSync } from "node:fs";
import { gzipSync } from "node:zlib";
import { DIST_DIR } from "./config.mjs";
import { figure, expectBool, targets } from "./figures.mjs";

const GROUP = "Size (minified / gzip)";
const LIST_ROUTE = "src/features/imodel-list/imodel-list-page.tsx";
const DETAIL_ROUTE = "src/features/imodel-edit/imodel-page.tsx";
/** Strings only Leaflet's own code carries (its stamp property and its DOM classes). */
const LEAFLET_MARKERS = ["_leaflet_id", "leaflet-control-container", "leaflet-zoom-anim"];

/**
 * @typedef {{ file: string, isEntry?: boolean, isDynamicEntry?: boolean, src?: string,
 *             imports?: string[], dynamicImports?: string[], css?: string[] }} ManifestChunk
 * @typedef {Record<string, ManifestChunk>} Manifest
 */

/** @returns {Manifest} */
export function readManifest(distDir = DIST_DIR) {
  return JSON.parse(readFileSync(`${distDir}/.vite/manifest.json`, "utf8"));
}

/**
 * The files a chunk loads at once: itself, its static imports (recursively) and their CSS.
 * @param {Manifest} manifest @param {string} key
 * @returns {Set<string>} output file paths
 */
export function staticClosure(manifest, key, seen = new Set(), files = new Set()) {
  if (seen.has(key)) return files;
  seen.add(key);
  const chunk = manifest[key];
  if (!chunk) throw new Error(`no chunk "${key}" in the manifest`);
  files.add(chunk.file);
  for (const css of chunk.css ?? []) files.add(css);
  for (const imported of chunk.imports ?? []) staticClosure(manifest, imported, seen, files);
  return files;
}

/** @param {Manifest} manifest @param {(key: string, chunk: ManifestChunk) => boolean} test */
function findKey(manifest, test, what) {
  const key = Object.keys(manifest).find((candidate) => test(candidate, manifest[candidate]));
  if (!key) throw new Error(`cannot find ${what} in the manifest`);
  return key;
}

/** @param {Iterable<string>} files */
export function measure(files, distDir = DIST_DIR) {
  const sum = {
    js: { raw: 0, gzip: 0 },
    css: { raw: 0, gzip: 0 },
    files: /** @type {string[]} */ ([]),
  };
  for (const file of files) {
    const bytes = readFileSync(`${distDir}/${file}`);
    const kind = file.endsWith(".css") ? sum.css : file.endsWith(".js") ? sum.js : null;
    if (!kind) continue;
    kind.raw += bytes.length;
    kind.gzip += gzipSync(bytes).length;
    sum.files.push(file);
  }
  return sum;
}

/**
 * Scripts index.html loads that the manifest does not list (the route-preload script of
 * scripts/route-preload.ts): every page loads them.
 */
function scriptsOfIndexHtml(distDir = DIST_DIR) {
  const html = readFileSync(`${distDir}/index.html`, "utf8");
  return [...html.matchAll(/<script\b[^>]*\bsrc="\/([^"]+\.js)"/g)].map((match) => match[1]);
}

/** @param {string} file */
function containsLeaflet(file, distDir = DIST_DIR) {
  if (!file.endsWith(".js")) return false;
  const text = readFileSync(`${distDir}/${file}`, "utf8");
  return LEAFLET_MARKERS.some((marker) => text.includes(marker));
}

const kB = (bytes) => Math.round(bytes / 100) / 10;

/**
 * The size figures: list page initial, detail page added, map chunk(s), Leaflet in the list.
 * @returns {import("./figures.mjs").Figure[]}
 */
export function bundleSizeFigures(distDir = DIST_DIR) {
  const manifest = readManifest(distDir);
  const entryKey = findKey(
    manifest,
    (key, chunk) => chunk.isEntry === true && key.endsWith("index.html"),
    "the index.html entry",
  );
  const listKey = findKey(
    manifest,
    (key) => key === LIST_ROUTE,
    `the list route chunk (${LIST_ROUTE})`,
  );
  const detailKey = findKey(
    manifest,
    (key) => key === DETAIL_ROUTE,
    `the detail route chunk (${DETAIL_ROUTE})`,
  );

  const listSet = new Set([
    ...scriptsOfIndexHtml(distDir),
    ...staticClosure(manifest, entryKey),
    ...staticClosure(manifest, listKey),
  ]);
  const detailStatic = [...staticClosure(manifest, detailKey)].filter((file) => !listSet.has(file));

  // The map: every chunk with Leaflet's code, with what it loads, wherever it hangs (static or lazy).
  const mapKeys = Object.keys(manifest).filter((key) =>
    containsLeaflet(manifest[key].file, distDir),
  );
  const mapFiles = new Set();
  for (const key of mapKeys)
    for (const file of staticClosure(manifest, key)) if (!listSet.has(file)) mapFiles.add(file);
  const detailWithMap = new Set([...detailStatic, ...mapFiles]);
  const mapLazy =
    mapKeys.length > 0 && mapKeys.every((key) => !detailStatic.includes(manifest[key].file));

  const list = measure(listSet, distDir);
  const detail = measure(detailWithMap, distDir);
  const map = measure(
    mapKeys.map((key) => manifest[key].file),
    distDir,
  );
  const leafletInList = [...listSet].filter((file) => containsLeaflet(file, distDir));

  /** @param {{raw: number, gzip: number}} size */
  const both = (size) => `${kB(size.raw)} / ${kB(size.gzip)} kB`;
  return [
    figure({
      id: "size.list.js",
      group: GROUP,
      label: "List page initial JS (entry + list route)",
      value: kB(list.js.gzip),
      display: both(list.js),
      target: targets.atMost(210),
      unit: "kB gzip",
      details: { files: list.files, bytes: list.js },
    }),
    figure({
      id: "size.list.css",
      group: GROUP,
      label: "List page initial CSS",
      value: kB(list.css.gzip),
      display: both(list.css),
      details: { bytes: list.css },
    }),
    figure({
      id: "size.detail.added",
      group: GROUP,
      label: "Detail page added JS + CSS, incl. map",
      value: kB(detail.js.gzip + detail.css.gzip),
      display: `${both({ raw: detail.js.raw + detail.css.raw, gzip: detail.js.gzip + detail.css.gzip })} (JS ${kB(detail.js.gzip)}, CSS ${kB(detail.css.gzip)} gz)`,
      target: targets.atMost(90),
      unit: "kB gzip",
      details: { files: detail.files, js: detail.js, css: detail.css },
    }),
    figure({
      id: "size.map",
      group: GROUP,
      label: mapKeys.length
        ? `Map chunk(s) with Leaflet (${mapLazy ? "lazy" : "static"} in detail)`
        : "Map chunk(s) with Leaflet",
      value: mapKeys.length ? kB(map.js.gzip) : null,
      display: mapKeys.length ? both(map.js) : "n/a (no chunk contains Leaflet yet)",
      details: { files: map.files, bytes: map.js, lazy: mapLazy },
    }),
    figure({
      id: "size.list.leaflet",
      group: GROUP,
      label: "List page JS contains Leaflet",
      value: leafletInList.length > 0,
      display: leafletInList.length ? `yes (${leafletInList.join(", ")})` : "no",
      target: expectBool(false),
      details: { markers: LEAFLET_MARKERS, files: leafletInList },
    }),
  ];
}
