import {
  BrowserAuthError,
  BrowserAuthErrorCodes,
  type AccountInfo,
  type AuthenticationResult,
  type IPublicClientApplication,
} from "@azure/msal-browser";
import { afterEach, describe, expect, it, vi } from "vitest";
import { expectPageExit, isPageExitExpected } from "./page-exit";
import { isPopupBlocked, signInAgain } from "./sign-in-again";

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

afterEach(() => {
  // A redirect leaves the page for good; the next test starts on a page that stays.
  expectPageExit()();
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
      expect(isPageExitExpected()).toBe(true);
    },
  );

  it("reports other failures (the user closed the popup) without leaving the page", async () => {
    const { msal, instance } = fakeMsal(() =>
      Promise.reject(new BrowserAuthError(BrowserAuthErrorCodes.userCancelled, "test")),
    );
    await expect(signInAgain(instance, ["s"])).rejects.toThrow();
    expect(msal.acquireTokenRedirect).not.toHaveBeenCalled();
    expect(isPageExitExpected()).toBe(false);
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
