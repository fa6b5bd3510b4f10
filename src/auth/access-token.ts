import {
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
      const result = await instance.acquireTokenSilent({ scopes, account, forceRefresh });
      return result.accessToken;
    } catch (error) {
      if (error instanceof InteractionRequiredAuthError) {
        onSignInRequired();
        throw new SignInRequiredError();
      }
      throw error;
    }
  };
}
