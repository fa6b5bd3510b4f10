// The production build carries no stand-in code, test users or secrets.
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { filesOf, listPageKeys, readManifest } from "./route-chunks.mjs";

const forbidden = [
  [/__sim/, "the stand-in's control API"],
  [/simulator\//, "stand-in source"],
  [/Erin Editor|Vic Viewer|Mia Mixed/, "test users"],
  [/-----BEGIN [A-Z ]*PRIVATE KEY-----/, "a private key"],
  [/client_?secret["']?\s*[:=]\s*["'][^"']{8,}/i, "a client secret"],
];

function* files(dir) {
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) yield* files(path);
    else if (!/\.(map|br|gz)$/.test(path)) yield path;
  }
}

const problems = [];
for (const file of files("dist")) {
  const text = readFileSync(file, "utf8");
  for (const [pattern, what] of forbidden)
    if (pattern.test(text)) problems.push(`${file}: ${what}`);
}
// The map is loaded with the detail page only: the list must not carry Leaflet.
const manifest = readManifest();
for (const file of filesOf(manifest, listPageKeys(manifest))) {
  if (/_leaflet_id|leaflet-container/.test(readFileSync(join("dist", file), "utf8"))) {
    problems.push(`dist/${file}: Leaflet code in the list page's files`);
  }
}

if (problems.length) {
  console.error(`The build contains what it must not:\n${problems.join("\n")}`);
  process.exit(1);
}
console.log(
  "Build check: no stand-in code, test users or secrets in dist/, no Leaflet in the list page.",
);
