import {
  BrowserAuthError,
  BrowserAuthErrorCodes,
  type IPublicClientApplication,
} from "@azure/msal-browser";
import { expectPageExit } from "./page-exit";
import { sameOriginStartPage } from "./use-sign-in";

/** The browser would not open the sign-in window (a popup blocker, or `window.open` refused). */
export function isPopupBlocked(error: unknown): boolean {
  return (
    error instanceof BrowserAuthError &&
    (error.errorCode === BrowserAuthErrorCodes.popupWindowError ||
      error.errorCode === BrowserAuthErrorCodes.emptyWindowError)
  );
}

/**
 * Signs the same person in again. A popup first, which keeps the page and everything on it;
 * when the popup cannot open, a redirect that comes back to this very page (its draft is
 * restored from sessionStorage there). Resolves "signedIn", or "redirecting" as the page leaves.
 */
export async function signInAgain(
  instance: IPublicClientApplication,
  scopes: string[],
  location: Location = window.location,
): Promise<"signedIn" | "redirecting"> {
  const account = instance.getActiveAccount() ?? undefined;
  const request = { scopes, account, loginHint: account?.username };
  try {
    const result = await instance.acquireTokenPopup(request);
    instance.setActiveAccount(result.account);
    return "signedIn";
  } catch (error) {
    if (!isPopupBlocked(error)) throw error;
  }
  // Unsaved edits are kept as a draft and restored on return: no "Leave site?" on the way.
  const restore = expectPageExit();
  try {
    await instance.acquireTokenRedirect({
      ...request,
      redirectStartPage: sameOriginStartPage(location),
    });
  } catch (error) {
    restore();
    throw error;
  }
  return "redirecting";
}
