import "./install-trusted-types";
import { EventType } from "@azure/msal-browser";
import { createRoot } from "react-dom/client";
import { createApiClient } from "./api/client";
import { configureApi, rateLimitGate } from "./api/api-instance";
import { App } from "./app/app";
import { ConfigErrorPage } from "./app/config-error-page";
import { createQueryClient } from "./app/query-client";
import { createAppRouter, prefetchRouteFor } from "./app/router";
import { createTokenProvider } from "./auth/access-token";
import { startMsal } from "./auth/msal-instance";
import { sessionStatus } from "./auth/session-status";
import { loadConfig } from "./config";
import { expectPageExit } from "./auth/page-exit";
import { hasStoredJob, writeJob } from "./features/bulk/job-storage";
import { forgetIntents } from "./features/favorites/favorite-intents";
import { favoriteStoreFor } from "./features/favorites/use-favorites";
import { startTabSync } from "./features/tab-sync/start-tab-sync";
import { tellOtherTabs } from "./features/tab-sync/tab-channel";
import { yieldToMain } from "./ui/yield-to-main";
import "./app/app.css";

async function boot() {
  const root = createRoot(document.getElementById("root")!);
  prefetchRouteFor(window.location.pathname);
  try {
    const config = await loadConfig();
    // Start-up runs in a few short tasks, not one long one, so the page answers input meanwhile.
    await yieldToMain();
    const msal = await startMsal(config);
    await yieldToMain();
    configureApi(
      createApiClient({
        baseUrl: config.apiBaseUrl,
        getToken: createTokenProvider(msal, config.scopes, sessionStatus.markSignInRequired),
        gate: rateLimitGate,
        timeoutMs: config.requestTimeoutMs,
      }),
    );
    const queryClient = createQueryClient();
    // Stars asked for before a reload are sent now, whichever page opens.
    if (msal.getActiveAccount()) favoriteStoreFor(queryClient);
    // A bulk job of before a reload (or a sign-in by redirect) goes on, whichever page opens.
    if (msal.getActiveAccount() && hasStoredJob())
      void import("./features/bulk/job-manager").then((m) => m.jobManagerFor(queryClient));
    // Signing out in one tab signs out all: each tab holds its own tokens, so each drops them.
    msal.addEventCallback((event) => {
      if (event.eventType !== EventType.LOGOUT_START) return;
      forgetIntents();
      writeJob(null);
      tellOtherTabs({ type: "signedOut" });
    });
    startTabSync(queryClient, () => {
      if (!msal.getActiveAccount()) return;
      expectPageExit();
      forgetIntents();
      writeJob(null);
      void msal.clearCache().finally(() => window.location.assign("/"));
    });
    const router = createAppRouter({
      queryClient,
      isSignedIn: () => msal.getActiveAccount() !== null,
      tileUrl: config.tileUrl,
    });
    root.render(<App config={config} msal={msal} queryClient={queryClient} router={router} />);
  } catch (error) {
    root.render(<ConfigErrorPage error={error} />);
  }
}

void boot();
