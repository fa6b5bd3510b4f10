import {
  AuthError,
  CacheLookupPolicy,
  InteractionRequiredAuthError,
  type AccountInfo,
  type IPublicClientApplication,
} from "@azure/msal-browser";
import { describe, expect, it, vi } from "vitest";
import { createTokenProvider, SignInRequiredError } from "./access-token";

const account = { homeAccountId: "erin", username: "erin@example.com" } as AccountInfo;

function fakeMsal(
  acquireTokenSilent: IPublicClientApplication["acquireTokenSilent"],
  active: AccountInfo | null = account,
) {
  return {
    getActiveAccount: () => active,
    acquireTokenSilent,
  } as unknown as IPublicClientApplication;
}

describe("createTokenProvider", () => {
  it("asks MSAL for a cached or refreshed token, without the iframe fallback, forced when asked", async () => {
    const acquire = vi.fn().mockResolvedValue({ accessToken: "token-1" });
    const getToken = createTokenProvider(fakeMsal(acquire), ["itwin-platform"]);
    await expect(getToken()).resolves.toBe("token-1");
    await getToken({ forceRefresh: true });
    expect(acquire).toHaveBeenNthCalledWith(1, {
      scopes: ["itwin-platform"],
      account,
      forceRefresh: false,
      cacheLookupPolicy: CacheLookupPolicy.AccessTokenAndRefreshToken,
    });
    expect(acquire.mock.calls[1]?.[0]).toMatchObject({ forceRefresh: true });
  });

  it.each([
    ["interaction required", new InteractionRequiredAuthError("login_required", "test")],
    [
      "a revoked refresh token (invalid_grant)",
      new AuthError("invalid_grant", "test", "grant request is invalid"),
    ],
  ])("turns %s into SignInRequired and tells the session", async (_, error) => {
    const onSignInRequired = vi.fn();
    const getToken = createTokenProvider(
      fakeMsal(vi.fn().mockRejectedValue(error)),
      ["s"],
      onSignInRequired,
    );
    await expect(getToken()).rejects.toBeInstanceOf(SignInRequiredError);
    expect(onSignInRequired).toHaveBeenCalledTimes(1);
  });

  it("passes other failures (the provider unreachable) on, without asking for a sign-in", async () => {
    const onSignInRequired = vi.fn();
    const failure = new AuthError("endpoints_resolution_error", "test", "network");
    const getToken = createTokenProvider(
      fakeMsal(vi.fn().mockRejectedValue(failure)),
      ["s"],
      onSignInRequired,
    );
    await expect(getToken()).rejects.toBe(failure);
    expect(onSignInRequired).not.toHaveBeenCalled();
  });

  it("needs a sign-in when there is no account", async () => {
    const onSignInRequired = vi.fn();
    const getToken = createTokenProvider(fakeMsal(vi.fn(), null), ["s"], onSignInRequired);
    await expect(getToken()).rejects.toBeInstanceOf(SignInRequiredError);
    expect(onSignInRequired).toHaveBeenCalledTimes(1);
  });

  it("hands out the last token again until five minutes before it ends, as MSAL's cache would", async () => {
    let clock = 0;
    const acquire = vi
      .fn()
      .mockResolvedValueOnce({ accessToken: "token-1", expiresOn: new Date(600_000) })
      .mockResolvedValueOnce({ accessToken: "token-2", expiresOn: new Date(1_200_000) })
      .mockResolvedValueOnce({ accessToken: "token-3", expiresOn: new Date(1_800_000) });
    const getToken = createTokenProvider(
      fakeMsal(acquire),
      ["s"],
      () => {},
      () => clock,
    );
    await expect(getToken()).resolves.toBe("token-1");
    clock = 299_000;
    await expect(getToken()).resolves.toBe("token-1");
    expect(acquire).toHaveBeenCalledTimes(1);
    clock = 300_001;
    await expect(getToken()).resolves.toBe("token-2");
    await expect(getToken({ forceRefresh: true })).resolves.toBe("token-3");
    expect(acquire).toHaveBeenCalledTimes(3);
  });

  it("does not hand one account's token to another, nor keep one after a failure", async () => {
    let active: AccountInfo | null = account;
    const msal = {
      getActiveAccount: () => active,
      acquireTokenSilent: vi
        .fn()
        .mockResolvedValueOnce({ accessToken: "erin", expiresOn: new Date(3_600_000) })
        .mockResolvedValueOnce({ accessToken: "vic", expiresOn: new Date(3_600_000) })
        .mockRejectedValueOnce(new InteractionRequiredAuthError("login_required", "test"))
        .mockResolvedValueOnce({ accessToken: "vic-again", expiresOn: new Date(3_600_000) }),
    } as unknown as IPublicClientApplication;
    const getToken = createTokenProvider(
      msal,
      ["s"],
      () => {},
      () => 0,
    );
    await expect(getToken()).resolves.toBe("erin");
    active = { homeAccountId: "vic", username: "vic@example.com" } as AccountInfo;
    await expect(getToken()).resolves.toBe("vic");
    await expect(getToken({ forceRefresh: true })).rejects.toBeInstanceOf(SignInRequiredError);
    await expect(getToken()).resolves.toBe("vic-again");
  });

  it("forgets the token when someone signs in again, even one asked for just before", async () => {
    const callbacks: ((event: { eventType: string; interactionType: string | null }) => void)[] =
      [];
    let resolveSlow: (value: { accessToken: string; expiresOn: Date }) => void = () => {};
    const acquire = vi
      .fn()
      .mockReturnValueOnce(new Promise((resolve) => (resolveSlow = resolve)))
      .mockResolvedValueOnce({ accessToken: "new", expiresOn: new Date(3_600_000) })
      .mockResolvedValueOnce({ accessToken: "newer", expiresOn: new Date(3_600_000) });
    const msal = {
      getActiveAccount: () => account,
      acquireTokenSilent: acquire,
      addEventCallback: (callback: (typeof callbacks)[number]) => callbacks.push(callback),
    } as unknown as IPublicClientApplication;
    const getToken = createTokenProvider(
      msal,
      ["s"],
      () => {},
      () => 0,
    );
    const slow = getToken();
    for (const callback of callbacks)
      callback({ eventType: "msal:loginSuccess", interactionType: "popup" });
    resolveSlow({ accessToken: "old", expiresOn: new Date(3_600_000) });
    await expect(slow).resolves.toBe("old");
    await expect(getToken()).resolves.toBe("new");
    // Our own silent renewals are not a sign-in: the token stays.
    for (const callback of callbacks)
      callback({ eventType: "msal:acquireTokenSuccess", interactionType: "silent" });
    await expect(getToken()).resolves.toBe("new");
    for (const callback of callbacks)
      callback({ eventType: "msal:acquireTokenSuccess", interactionType: "popup" });
    await expect(getToken()).resolves.toBe("newer");
  });
});
