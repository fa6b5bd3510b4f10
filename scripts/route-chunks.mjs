import { readFileSync } from "node:fs";
import { join } from "node:path";

/** The files a page loads, following Vite's manifest from an entry or a lazily imported module. */
export function readManifest(distDir = "dist") {
  return JSON.parse(readFileSync(join(distDir, ".vite", "manifest.json"), "utf8"));
}

export function staticClosure(manifest, keys, seen = new Set()) {
  for (const key of keys) {
    if (seen.has(key) || !manifest[key]) continue;
    seen.add(key);
    staticClosure(manifest, manifest[key].imports ?? [], seen);
  }
  return seen;
}

export function filesOf(manifest, keys) {
  const files = new Set();
  for (const key of keys) {
    const chunk = manifest[key];
    files.add(chunk.file);
    for (const css of chunk.css ?? []) files.add(css);
  }
  return [...files];
}

/** The list page: the app entry, what it imports, and the list route's chunk with its imports. */
export function listPageKeys(manifest) {
  return staticClosure(manifest, ["index.html", "src/features/imodel-list/imodel-list-page.tsx"]);
}
