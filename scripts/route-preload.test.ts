import type { OutputAsset, OutputBundle, OutputChunk } from "rolldown";
import { describe, expect, it } from "vitest";
import { routePreload } from "./route-preload.ts";

function chunk(fileName: string, fields: Partial<OutputChunk> & { css?: string[] }): OutputChunk {
  const { css = [], ...rest } = fields;
  return {
    type: "chunk",
    fileName,
    imports: [],
    isEntry: false,
    facadeModuleId: null,
    viteMetadata: { importedCss: new Set(css), importedAssets: new Set() },
    ...rest,
  } as OutputChunk;
}

function build() {
  const bundle = {
    "assets/main.js": chunk("assets/main.js", {
      isEntry: true,
      facadeModuleId: "/app/index.html",
      imports: ["assets/core.js"],
    }),
    "assets/core.js": chunk("assets/core.js", { css: ["assets/core.css"] }),
    "assets/shared.js": chunk("assets/shared.js", { imports: ["assets/main.js"] }),
    "assets/page.js": chunk("assets/page.js", {
      facadeModuleId: "/app/src/page.tsx",
      imports: ["assets/main.js", "assets/core.js", "assets/shared.js"],
      css: ["assets/page.css"],
    }),
    "assets/map.js": chunk("assets/map.js", {
      facadeModuleId: "/app/src/map.tsx",
      imports: ["assets/page.js"],
      css: ["assets/map.css"],
    }),
    "assets/list.js": chunk("assets/list.js", {
      facadeModuleId: "/app/src/list.tsx",
      imports: ["assets/shared.js"],
    }),
    "index.html": {
      type: "asset",
      fileName: "index.html",
      source: "<head><title>App</title></head>",
    } as OutputAsset,
  } as unknown as OutputBundle;
  const plugin = routePreload([
    { prefix: "/lists/", module: "src/list.tsx" },
    { prefix: "/pages/", module: "src/page.tsx" },
    { prefix: "/pages/", module: "src/map.tsx", media: "(min-width: 60rem)" },
  ]);
  const emitted: { fileName: string; source: string }[] = [];
  (plugin.configResolved as (config: { base: string }) => void)({ base: "/" });
  (plugin.generateBundle as (this: unknown, options: unknown, bundle: OutputBundle) => void).call(
    { emitFile: (file: { fileName: string; source: string }) => emitted.push(file) },
    {},
    bundle,
  );
  return { html: String((bundle["index.html"] as OutputAsset).source), script: emitted[0] };
}

/** Runs the emitted script on a page at `path`, where `wide` says whether every media query matches. */
function linksAddedAt(source: string, path: string, wide: boolean) {
  type Link = {
    rel: string;
    as?: string;
    href: string;
    fetchPriority?: string;
    crossOrigin?: string;
  };
  const links: Link[] = [];
  const document = {
    createElement: () => ({ rel: "", href: "" }),
    head: { append: (link: Link) => links.push({ ...link }) },
  };
  new Function("location", "matchMedia", "document", source)(
    { pathname: path },
    () => ({ matches: wide }),
    document,
  );
  return links;
}

describe("routePreload", () => {
  it("loads its script from index.html, async, under a content-hashed name", () => {
    const { html, script } = build();
    expect(script.fileName).toMatch(/^assets\/route-preload-[\w-]{8}\.js$/);
    expect(html).toContain(
      `<title>App</title>\n    <script async src="/${script.fileName}"></script>`,
    );
  });

  it("preloads a page's chunk, the chunks it imports but the entry's, and their CSS", () => {
    const { script } = build();
    // The code at low priority, after the stylesheets (as the entry's, scripts-after-styles.ts).
    // In CORS mode, as Vite asks for them later: a preload in another mode is fetched twice.
    // The entry's chunks and CSS are in index.html already.
    expect(linksAddedAt(script.source, "/pages/1", false)).toEqual([
      { rel: "modulepreload", fetchPriority: "low", crossOrigin: "", href: "/assets/page.js" },
      { rel: "preload", as: "style", crossOrigin: "", href: "/assets/page.css" },
      { rel: "modulepreload", fetchPriority: "low", crossOrigin: "", href: "/assets/shared.js" },
    ]);
  });

  it("adds what only a matching media query asks for, once each", () => {
    const { script } = build();
    const hrefs = linksAddedAt(script.source, "/pages/1", true).map((link) => link.href);
    expect(hrefs).toEqual([
      "/assets/page.js",
      "/assets/page.css",
      "/assets/shared.js",
      "/assets/map.js",
      "/assets/map.css",
    ]);
  });

  it("preloads nothing on a path no route names", () => {
    const { script } = build();
    expect(linksAddedAt(script.source, "/", true)).toEqual([]);
    expect(linksAddedAt(script.source, "/lists/1", true).map((link) => link.href)).toEqual([
      "/assets/list.js",
      "/assets/shared.js",
    ]);
  });

  it("fails the build when a module has no chunk", () => {
    const plugin = routePreload([{ prefix: "/x/", module: "src/missing.tsx" }]);
    const run = () =>
      (
        plugin.generateBundle as (this: unknown, options: unknown, bundle: OutputBundle) => void
      ).call({ emitFile: () => "" }, {}, {} as OutputBundle);
    expect(run).toThrow("no chunk for src/missing.tsx");
  });
});
