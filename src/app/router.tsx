import type { QueryClient } from "@tanstack/react-query";
import { createBrowserRouter, type ShouldRevalidateFunctionArgs } from "react-router";
import { NotFoundPage } from "./not-found-page";
import { RouteError } from "./route-error";
import { prefetchIModelPage, prefetchListPage } from "./route-prefetch";
import { Shell } from "./shell";
import { StartPage } from "./start-page";

const loadListPage = () => import("../features/imodel-list/imodel-list-page");
const loadIModelPage = () => import("../features/imodel-edit/imodel-page");

/** Starts loading the page's code while the app is still starting, instead of after. */
export function prefetchRouteFor(pathname: string): void {
  if (pathname.startsWith("/itwins/")) void loadListPage();
  else if (pathname.startsWith("/imodels/")) void loadIModelPage();
}

/** Data to start with each route, once its page is known; none before sign-in. */
export interface RouteData {
  queryClient: QueryClient;
  isSignedIn: () => boolean;
}

/** Loaders start requests when the route is entered; a change of search or sort is the page's own business. */
const onlyOnNewParams = ({ currentParams, nextParams }: ShouldRevalidateFunctionArgs) =>
  Object.entries(nextParams).some(([name, value]) => currentParams[name] !== value);

export function createAppRouter({ queryClient, isSignedIn }: RouteData) {
  return createBrowserRouter([
    {
      element: <Shell />,
      errorElement: <RouteError />,
      // Shown while a page's code arrives on the first load.
      hydrateFallbackElement: <p className="page-loading">Loading…</p>,
      children: [
        { index: true, element: <StartPage />, errorElement: <RouteError /> },
        {
          path: "itwins/:iTwinId",
          loader: ({ params, request }) => {
            if (isSignedIn()) prefetchListPage(queryClient, params.iTwinId ?? "", new URL(request.url).searchParams);
            return null;
          },
          shouldRevalidate: onlyOnNewParams,
          lazy: async () => ({ Component: (await loadListPage()).IModelListPage }),
          errorElement: <RouteError />,
        },
        {
          path: "imodels/:iModelId",
          loader: ({ params }) => {
            if (isSignedIn()) prefetchIModelPage(queryClient, params.iModelId ?? "");
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
}
