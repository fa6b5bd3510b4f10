/**
 * The app's own addresses, in one place: links and navigation use `href`, the router `pattern`,
 * and the route table (app/route-modules.ts) `prefix` to know a page from its address.
 */
export const paths = {
  start: { pattern: "/", href: () => "/" },
  iModels: {
    pattern: "itwins/:iTwinId",
    prefix: "/itwins/",
    href: (iTwinId: string) => `/itwins/${encodeURIComponent(iTwinId)}`,
  },
  iModel: {
    pattern: "imodels/:iModelId",
    prefix: "/imodels/",
    href: (iModelId: string) => `/imodels/${encodeURIComponent(iModelId)}`,
  },
} as const;
