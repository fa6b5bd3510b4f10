// @vitest-environment node
import { existsSync, readFileSync } from "node:fs";
import { resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";

// The vectors are copied into the repository so a clone on its own runs its tests; where the
// project's shared folder sits beside the clone, the copy must still say what it says.
const copy = fileURLToPath(new URL("./extent-paste.json", import.meta.url));
const repoRoot = fileURLToPath(new URL("../../../..", import.meta.url));
const shared = resolve(repoRoot, "..", "shared", "testdata", "extent-paste.json");

describe("extent test vectors", () => {
  it.runIf(existsSync(shared))(
    "are identical to the shared copy (runs only where it sits beside the clone)",
    () => {
      expect(readFileSync(copy, "utf8")).toBe(readFileSync(shared, "utf8"));
    },
  );
});
