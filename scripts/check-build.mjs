// The production build carries no stand-in code, test users or secrets.
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";

const forbidden = [
  [/__sim/, "the stand-in's control API"],
  [/simulator\//, "stand-in source"],
  [/Erin Editor|Vic Viewer|Mia Mixed/, "test users"],
  [/-----BEGIN [A-Z ]*PRIVATE KEY-----/, "a private key"],
  [/client_secret/i, "a client secret"],
];

function* files(dir) {
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) yield* files(path);
    else if (!path.endsWith(".map")) yield path;
  }
}

const problems = [];
for (const file of files("dist")) {
  const text = readFileSync(file, "utf8");
  for (const [pattern, what] of forbidden) if (pattern.test(text)) problems.push(`${file}: ${what}`);
}
if (problems.length) {
  console.error(`The build contains what it must not:\n${problems.join("\n")}`);
  process.exit(1);
}
console.log("Build check: no stand-in code, test users or secrets in dist/.");
