import { createHash } from "node:crypto";
import type { OutputBundle, OutputChunk } from "rolldown";
import type { Plugin } from "vite";
import type { RouteModule } from "../src/app/route-modules.ts";

type Preload = { prefix: string; media?: string; files: string[] };

function chunkOf(bundle: OutputBundle, module: string): OutputChunk {
  for (const output of Object.values(bundle)) {
    if (
      output.type === "chunk" &&
      output.facadeModuleId?.replaceAll("\\", "/").endsWith(`/${module}`)
    )
      return output;
  }
  throw new Error(`route-preload: no chunk for ${module}`);
}

/** The chunk, the chunks it imports statically and their CSS, less what `skip` holds. */
function filesOf(
  bundle: OutputBundle,
  chunk: OutputChunk,
  skip: ReadonlySet<string> = new Set(),
  files = new Set<string>(),
): Set<string> {
  if (skip.has(chunk.fileName) || files.has(chunk.fileName)) return files;
  files.add(chunk.fileName);
  for (const css of chunk.viteMetadata?.importedCss ?? []) if (!skip.has(css)) files.add(css);
  for (const name of chunk.imports) {
    const imported = bundle[name];
    if (imported?.type === "chunk") filesOf(bundle, imported, skip, files);
  }
  return files;
}

/** What index.html loads already: the entries, the chunks they import and their CSS. */
function entryFiles(bundle: OutputBundle): Set<string> {
  const files = new Set<string>();
  for (const output of Object.values(bundle))
    if (output.type === "chunk" && output.isEntry) filesOf(bundle, output, new Set(), files);
  return files;
}

/** Adds preload links for the files of the preloads whose path and media match; runs in the page. */
function preloadRoute(preloads: Preload[], base: string) {
  const added = new Set<string>();
  for (const preload of preloads) {
    if (!location.pathname.startsWith(preload.prefix)) continue;
    if (preload.media && !matchMedia(preload.media).matches) continue;
    for (const file of preload.files) {
      if (added.has(file)) continue;
      added.add(file);
      const link = document.createElement("link");
      // CORS mode, as Vite's loader asks for them later: a preload in another mode is unused
      // and the file is fetched twice.
      link.crossOrigin = "";
      if (file.endsWith(".css")) {
        link.rel = "preload";
        link.as = "style";
      } else {
        link.rel = "modulepreload";
        // Like the entry's (scripts-after-styles.ts): the stylesheets first.
        link.fetchPriority = "low";
      }
      link.href = base + file;
      document.head.append(link);
    }
  }
}

/**
 * A page's lazily loaded code is asked for only once the app's entry has downloaded and run, a
 * request after it. This writes a tiny script, loaded `async` from index.html, that starts those
 * downloads beside the entry's, for the page the URL names. A file, not inline: the
 * Content-Security-Policy allows only the app's own scripts.
 */
export function routePreload(preloads: readonly RouteModule[]): Plugin {
  let base = "/";
  return {
    name: "imodel-admin:route-preload",
    apply: "build",
    enforce: "post",
    configResolved(config) {
      base = config.base;
    },
    generateBundle(_options, bundle) {
      const loaded = entryFiles(bundle);
      const resolved: Preload[] = preloads.map(({ prefix, module, media }) => ({
        prefix,
        media,
        files: [...filesOf(bundle, chunkOf(bundle, module), loaded)],
      }));
      const source = `(${preloadRoute.toString()})(${JSON.stringify(resolved)}, ${JSON.stringify(base)});\n`;
      const hash = createHash("sha256").update(source).digest("base64url").slice(0, 8);
      const fileName = `assets/route-preload-${hash}.js`;
      this.emitFile({ type: "asset", fileName, source });
      const html = bundle["index.html"];
      if (html?.type !== "asset") throw new Error("route-preload: index.html is not in the bundle");
      html.source = String(html.source).replace(
        "</title>",
        `</title>\n    <script async src="${base}${fileName}"></script>`,
      );
    },
  };
}
