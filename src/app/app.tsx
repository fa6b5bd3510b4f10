import type { IPublicClientApplication } from "@azure/msal-browser";
import { MsalProvider } from "@azure/msal-react";
import { QueryClientProvider, type QueryClient } from "@tanstack/react-query";
import { StrictMode } from "react";
import { RouterProvider } from "react-router";
import type { AppConfig } from "../config";
import { ConfigContext } from "../config-context";
import { AnnouncerProvider } from "../ui/announcer";
import { Toaster } from "../ui/toasts";
import type { createAppRouter } from "./router";

export function App(props: {
  config: AppConfig;
  msal: IPublicClientApplication;
  queryClient: QueryClient;
  router: ReturnType<typeof createAppRouter>;
}) {
  return (
    <StrictMode>
      <ConfigContext.Provider value={props.config}>
        <MsalProvider instance={props.msal}>
          <QueryClientProvider client={props.queryClient}>
            <AnnouncerProvider>
              <RouterProvider router={props.router} />
              <Toaster />
            </AnnouncerProvider>
          </QueryClientProvider>
        </MsalProvider>
      </ConfigContext.Provider>
    </StrictMode>
  );
}
