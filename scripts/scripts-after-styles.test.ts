import { describe, expect, it } from "vitest";
import { lowerScriptPriority } from "./scripts-after-styles.ts";

describe("lowerScriptPriority", () => {
  it("lowers the entry script and its modulepreloads, and nothing else", () => {
    const html = [
      '<script src="/theme.js"></script>',
      '<script type="module" crossorigin src="/assets/main.js"></script>',
      '<link rel="modulepreload" crossorigin href="/assets/vendor.js">',
      '<link rel="stylesheet" crossorigin href="/assets/main.css">',
    ].join("\n");
    expect(lowerScriptPriority(html).split("\n")).toEqual([
      '<script src="/theme.js"></script>',
      '<script type="module" fetchpriority="low" crossorigin src="/assets/main.js"></script>',
      '<link rel="modulepreload" fetchpriority="low" crossorigin href="/assets/vendor.js">',
      '<link rel="stylesheet" crossorigin href="/assets/main.css">',
    ]);
  });

  it("keeps a priority already given", () => {
    const html = '<link rel="modulepreload" fetchpriority="high" href="/assets/a.js">';
    expect(lowerScriptPriority(html)).toBe(html);
  });
});
