import { paths } from "../paths";

/** A page's lazily loaded module, fetched with the app's own code when the address starts with `prefix`. */
export type RouteModule = {
  prefix: string;
  module: string;
  /** Only where this media query matches: e.g. a map that is in the first screen on wide windows only. */
  media?: string;
};

/**
 * The one table of which address loads which chunk: the router prefetches from it as the app
 * starts (router.tsx) and the build writes the same preloads into index.html (vite.config.ts).
 */
export const ROUTE_MODULES: readonly RouteModule[] = [
  { prefix: paths.iModels.prefix, module: "src/features/imodel-list/imodel-list-page.tsx" },
  { prefix: paths.iModel.prefix, module: "src/features/imodel-edit/imodel-page.tsx" },
  // The map is in the first screen only beside the form (two columns) in a tall enough window.
  {
    prefix: paths.iModel.prefix,
    module: "src/features/extent/extent-map.tsx",
    media: "(min-width: 60rem) and (min-height: 50rem)",
  },
];
