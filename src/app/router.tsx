import { createBrowserRouter } from "react-router";
import { NotFoundPage } from "./not-found-page";
import { RouteError } from "./route-error";
import { Shell } from "./shell";
import { StartPage } from "./start-page";

export function createAppRouter() {
  return createBrowserRouter([
    {
      element: <Shell />,
      errorElement: <RouteError />,
      children: [
        { index: true, element: <StartPage />, errorElement: <RouteError /> },
        {
          path: "itwins/:iTwinId",
          lazy: async () => ({ Component: (await import("../features/imodel-list/imodel-list-page")).IModelListPage }),
          errorElement: <RouteError />,
        },
        {
          path: "imodels/:iModelId",
          lazy: async () => ({ Component: (await import("../features/imodel-edit/imodel-page")).IModelPage }),
          errorElement: <RouteError />,
        },
        { path: "*", element: <NotFoundPage /> },
      ],
    },
  ]);
}
