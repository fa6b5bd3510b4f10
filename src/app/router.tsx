import type { QueryClient } from "@tanstack/react-query";
import { createBrowserRouter, type ShouldRevalidateFunctionArgs } from "react-router";
import { NotFoundPage } from "../ui/not-found-page";
import { RouteError } from "./route-error";
import { paths } from "../paths";
import { ROUTE_MODULES } from "./route-modules";
import { prefetchIModelPage } from "./route-prefetch";
import { preconnect } from "../lib/preconnect";
import { Shell, StartingShell } from "./shell";

const loadListPage = () => import("../features/imodel-list/imodel-list-page");
const loadIModelPage = () => import("../features/imodel-edit/imodel-page");
const loadStartPage = () => import("./start-page");

/** The route table's page modules the router loads itself (the map is the page's to load). */
export const PAGE_LOADERS: Record<string, () => Promise<unknown>> = {
  "src/features/imodel-list/imodel-list-page.tsx": loadListPage,
  "src/features/imodel-edit/imodel-page.tsx": loadIModelPage,
};

/** Starts loading the page's code while the app is still starting, instead of after. */
export function prefetchRouteFor(pathname: string): void {
  for (const { prefix, module } of ROUTE_MODULES)
    if (pathname.startsWith(prefix)) void PAGE_LOADERS[module]?.();
}

export interface RouteData {
  queryClient: QueryClient;
  /** Nothing is asked for before sign-in: the request would only fail. */
  isSignedIn: () => boolean;
  /** The map's tile template: the detail page's first tile is its largest paint. */
  tileUrl?: string;
}

/** A loader starts requests as its route is entered, not when only the search changes. */
const onlyOnNewParams = ({ currentParams, nextParams }: ShouldRevalidateFunctionArgs) =>
  Object.entries(nextParams).some(([name, value]) => currentParams[name] !== value);

export function createAppRouter({ queryClient, isSignedIn, tileUrl }: RouteData) {
  // Until the first page has rendered, React has the whole app to render before a page's own
  // request starts; after it, a page renders at once and a loader's work would only delay it.
  let started = false;
  const router = createBrowserRouter([
    {
      element: <Shell />,
      errorElement: <RouteError />,
      // Shown while a page's code arrives on the first load.
      hydrateFallbackElement: <StartingShell />,
      children: [
        {
          index: true,
          lazy: async () => ({ Component: (await loadStartPage()).StartPage }),
          errorElement: <RouteError />,
        },
        {
          path: paths.iModels.pattern,
          lazy: async () => ({ Component: (await loadListPage()).IModelListPage }),
          errorElement: <RouteError />,
        },
        {
          path: paths.iModel.pattern,
          loader: ({ params }) => {
            if (!isSignedIn()) return null;
            prefetchIModelPage(queryClient, params.iModelId ?? "", { appStarting: !started });
            if (tileUrl) preconnect(tileUrl);
            return null;
          },
          shouldRevalidate: onlyOnNewParams,
          lazy: async () => ({ Component: (await loadIModelPage()).IModelPage }),
          errorElement: <RouteError />,
        },
        { path: "*", element: <NotFoundPage /> },
      ],
    },
  ]);
  if (router.state.initialized) started = true;
  else {
    const stop = router.subscribe((state) => {
      if (!state.initialized) return;
      started = true;
      stop();
    });
  }
  return router;
}
