import {
  BrowserAuthError,
  BrowserAuthErrorCodes,
  type IPublicClientApplication,
} from "@azure/msal-browser";
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
 * While the page goes to the identity provider on purpose, no "Leave site?" prompt: unsaved
 * edits are not lost, they are written to sessionStorage on pagehide and restored on return.
 * The pages' own beforeunload listeners were registered first and Chromium runs them first,
 * so instead their way of asking is disarmed: preventDefault and returnValue do nothing on
 * beforeunload events until the page is gone (or the redirect did not start).
 */
export function leaveWithoutAsking(): () => void {
  const proto = BeforeUnloadEvent.prototype;
  const returnValue = Object.getOwnPropertyDescriptor(proto, "returnValue");
  Object.defineProperty(proto, "preventDefault", {
    value: () => {},
    configurable: true,
    writable: true,
  });
  Object.defineProperty(proto, "returnValue", { get: () => "", set: () => {}, configurable: true });
  return () => {
    Reflect.deleteProperty(proto, "preventDefault");
    if (returnValue) Object.defineProperty(proto, "returnValue", returnValue);
    else Reflect.deleteProperty(proto, "returnValue");
  };
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
  const restore = leaveWithoutAsking();
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
