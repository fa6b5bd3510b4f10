import {
  AuthError,
  CacheLookupPolicy,
  InteractionRequiredAuthError,
  type IPublicClientApplication,
} from "@azure/msal-browser";

/** The provider needs the user to sign in again; whatever the user was doing must be kept. */
export class SignInRequiredError extends Error {
  constructor() {
    super("Your sign-in has expired. Sign in again to continue.");
    this.name = "SignInRequiredError";
  }
}

export type TokenProvider = (options?: { forceRefresh?: boolean }) => Promise<string>;

/** The provider refused silently: a refresh token that was revoked or ended (`invalid_grant`), or none at all. */
export function needsInteraction(error: unknown): boolean {
  return (
    error instanceof InteractionRequiredAuthError ||
    (error instanceof AuthError && error.errorCode === "invalid_grant")
  );
}

export function createTokenProvider(
  instance: IPublicClientApplication,
  scopes: string[],
  onSignInRequired: () => void = () => {},
): TokenProvider {
  return async ({ forceRefresh = false } = {}) => {
    const account = instance.getActiveAccount();
    if (!account) {
      onSignInRequired();
      throw new SignInRequiredError();
    }
    try {
      // Cached token, else the refresh token; never MSAL's hidden-iframe fallback, which cannot work here
      // (the redirect page refuses framing, and Chromium blocks the provider's cookies in a cross-site
      // frame): it would only make the user wait for its timeout before being asked to sign in again.
      const result = await instance.acquireTokenSilent({
        scopes,
        account,
        forceRefresh,
        cacheLookupPolicy: CacheLookupPolicy.AccessTokenAndRefreshToken,
      });
      return result.accessToken;
    } catch (error) {
      if (needsInteraction(error)) {
        onSignInRequired();
        throw new SignInRequiredError();
      }
      throw error;
    }
  };
}
