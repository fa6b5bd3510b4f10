// The page enforces Trusted Types (`require-trusted-types-for 'script'`): the browser refuses any
// string assigned to an HTML or script sink unless a policy let it through. Our code never does;
// Leaflet does, with a handful of fixed strings. The default policy lets exactly those through and
// refuses everything else, so no other string can reach the DOM as markup.

/**
 * The strings Leaflet 1.9 assigns to `innerHTML`: its SVG probe at load, its zoom buttons, and
 * the empty content of a DivIcon (the extent's handles).
 */
export const LEAFLET_HTML: ReadonlySet<string> = new Set([
  "",
  "<svg/>",
  '<span aria-hidden="true">+</span>',
  '<span aria-hidden="true">&#x2212;</span>',
]);

/** The policy's name, the only one the `trusted-types` directive allows. */
export const POLICY_NAME = "default";

type PolicyFactory = {
  createPolicy(name: string, rules: { createHTML(input: string): string | null }): unknown;
};

/** Leaflet's own markup, else null: the browser then blocks the assignment and reports it. */
export function allowLeafletHtml(input: string): string | null {
  return LEAFLET_HTML.has(input) ? input : null;
}

/** Installs the policy where the browser knows Trusted Types; must run before Leaflet loads. */
export function installTrustedTypesPolicy(
  factory = (globalThis as { trustedTypes?: PolicyFactory }).trustedTypes,
): void {
  factory?.createPolicy(POLICY_NAME, { createHTML: allowLeafletHtml });
}
