import type { Plugin } from "vite";

/** Marks the page's module script and its modulepreload links `fetchpriority="low"`. */
export function lowerScriptPriority(html: string): string {
  return html.replace(
    /<(script type="module"|link rel="modulepreload")(?![^>]*fetchpriority)/g,
    '<$1 fetchpriority="low"',
  );
}

/**
 * The app's code downloads after the stylesheets and the theme script instead of beside them, so
 * the page's header and its "Loading…" paint as soon as the styles are in. Module scripts do not
 * block that paint, but fetched at high priority they share a slow connection with the styles
 * (and Lighthouse's estimate counts every high-priority script as blocking the first paint).
 */
export function scriptsAfterStyles(): Plugin {
  return {
    name: "imodel-admin:scripts-after-styles",
    apply: "build",
    transformIndexHtml: { order: "post", handler: lowerScriptPriority },
  };
}
