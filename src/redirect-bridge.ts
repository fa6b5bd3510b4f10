import { broadcastResponseToMainFrame } from "@azure/msal-browser/redirect-bridge";

// The page the identity provider returns to: hands the answer to the window that asked (popup, iframe or redirect).
broadcastResponseToMainFrame().catch(() => {
  window.location.replace("/");
});
