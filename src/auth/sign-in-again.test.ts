import {
  BrowserAuthError,
  BrowserAuthErrorCodes,
  type AccountInfo,
  type AuthenticationResult,
  type IPublicClientApplication,
} from "@azure/msal-browser";
import { afterEach, describe, expect, it, vi } from "vitest";
import { isPopupBlocked, leaveWithoutAsking, signInAgain } from "./sign-in-again";

const account = { homeAccountId: "erin", username: "erin@example.com" } as AccountInfo;

function fakeMsal(popup: () => Promise<AuthenticationResult>) {
  const msal = {
    getActiveAccount: () => account,
    setActiveAccount: vi.fn(),
    acquireTokenPopup: vi.fn(popup),
    acquireTokenRedirect: vi.fn(async () => {}),
  };
  return { msal, instance: msal as unknown as IPublicClientApplication };
}

/** Whether a beforeunload now would make the browser ask "Leave site?". */
function wouldAsk(): boolean {
  const ask = (event: BeforeUnloadEvent) => {
    event.preventDefault();
    event.returnValue = "unsaved";
  };
  window.addEventListener("beforeunload", ask);
  const event = new Event("beforeunload", { cancelable: true }) as BeforeUnloadEvent;
  Object.setPrototypeOf(event, BeforeUnloadEvent.prototype);
  window.dispatchEvent(event);
  window.removeEventListener("beforeunload", ask);
  return event.defaultPrevented;
}

// A redirect disarms beforeunload for good (the page is leaving): put the prototype back after each test.
const proto = BeforeUnloadEvent.prototype;
const original = {
  returnValue: Object.getOwnPropertyDescriptor(proto, "returnValue"),
};
afterEach(() => {
  Reflect.deleteProperty(proto, "preventDefault");
  if (original.returnValue) Object.defineProperty(proto, "returnValue", original.returnValue);
  else Reflect.deleteProperty(proto, "returnValue");
});

describe("signInAgain", () => {
  it("signs in with a popup, keeping the page, and makes the account active", async () => {
    const { msal, instance } = fakeMsal(async () => ({ account }) as AuthenticationResult);
    await expect(signInAgain(instance, ["itwin-platform"])).resolves.toBe("signedIn");
    expect(msal.acquireTokenPopup).toHaveBeenCalledWith({
      scopes: ["itwin-platform"],
      account,
      loginHint: "erin@example.com",
    });
    expect(msal.setActiveAccount).toHaveBeenCalledWith(account);
    expect(msal.acquireTokenRedirect).not.toHaveBeenCalled();
  });

  it.each([BrowserAuthErrorCodes.emptyWindowError, BrowserAuthErrorCodes.popupWindowError])(
    "falls back to a redirect back to this very page when the popup is blocked (%s)",
    async (code) => {
      window.history.replaceState(null, "", "/imodels/abc?tab=1#map");
      const { msal, instance } = fakeMsal(() => Promise.reject(new BrowserAuthError(code, "test")));
      await expect(signInAgain(instance, ["s"])).resolves.toBe("redirecting");
      expect(msal.acquireTokenRedirect).toHaveBeenCalledWith(
        expect.objectContaining({
          scopes: ["s"],
          account,
          redirectStartPage: `${window.location.origin}/imodels/abc?tab=1`,
        }),
      );
      // Leaving on purpose: no "Leave site?" on the way to the provider.
      expect(wouldAsk()).toBe(false);
    },
  );

  it("reports other failures (the user closed the popup) without leaving the page", async () => {
    const { msal, instance } = fakeMsal(() =>
      Promise.reject(new BrowserAuthError(BrowserAuthErrorCodes.userCancelled, "test")),
    );
    await expect(signInAgain(instance, ["s"])).rejects.toThrow();
    expect(msal.acquireTokenRedirect).not.toHaveBeenCalled();
    expect(wouldAsk()).toBe(true);
  });

  it("tells a blocked popup from other errors", () => {
    expect(
      isPopupBlocked(new BrowserAuthError(BrowserAuthErrorCodes.emptyWindowError, "test")),
    ).toBe(true);
    expect(isPopupBlocked(new BrowserAuthError(BrowserAuthErrorCodes.userCancelled, "test"))).toBe(
      false,
    );
    expect(isPopupBlocked(new Error("popup_window_error"))).toBe(false);
  });
});

describe("leaveWithoutAsking", () => {
  it("keeps beforeunload listeners from asking until undone", () => {
    expect(wouldAsk()).toBe(true);
    const undo = leaveWithoutAsking();
    expect(wouldAsk()).toBe(false);
    undo();
    expect(wouldAsk()).toBe(true);
  });
});
