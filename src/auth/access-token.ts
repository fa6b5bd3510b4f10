import {
  AuthError,
  CacheLookupPolicy,
  EventType,
  InteractionRequiredAuthError,
  InteractionType,
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

/**
 * MSAL's own rule for its cache: a token this close to its expiry is renewed, not handed out
 * (`tokenRenewalOffsetSeconds`, 300 by default).
 */
const RENEWAL_OFFSET_MS = 300_000;

type Remembered = { accountId: string; token: string; expiresAt: number };

/**
 * A sign-in (popup or redirect), another account or a sign-out: MSAL's tokens are not the ones
 * kept. Our own silent requests also end in ACQUIRE_TOKEN_SUCCESS; those are not counted.
 */
const FORGET_ON = new Set<string>([
  EventType.LOGIN_SUCCESS,
  EventType.ACQUIRE_TOKEN_SUCCESS,
  EventType.ACTIVE_ACCOUNT_CHANGED,
  EventType.LOGOUT_SUCCESS,
]);

export function createTokenProvider(
  instance: IPublicClientApplication,
  scopes: string[],
  onSignInRequired: () => void = () => {},
  now: () => number = Date.now,
): TokenProvider {
  // The last token, held here: asking MSAL costs a cache read and a token decode each time, which
  // a page of thumbnails (one request each) paid fifteen times over on a phone's CPU.
  let remembered: Remembered | null = null;
  // Bumped whenever what MSAL holds may have changed, so an answer begun before it is not kept.
  let generation = 0;
  const forget = () => {
    remembered = null;
    generation += 1;
  };
  if (typeof instance.addEventCallback === "function") {
    instance.addEventCallback((event) => {
      const interactive = event.interactionType !== InteractionType.Silent;
      if (FORGET_ON.has(event.eventType) && interactive) forget();
    });
  }
  return async ({ forceRefresh = false } = {}) => {
    const account = instance.getActiveAccount();
    if (!account) {
      forget();
      onSignInRequired();
      throw new SignInRequiredError();
    }
    if (
      !forceRefresh &&
      remembered?.accountId === account.homeAccountId &&
      remembered.expiresAt - now() > RENEWAL_OFFSET_MS
    ) {
      return remembered.token;
    }
    if (forceRefresh) forget();
    const asked = generation;
    try {
      // Cached token, else the refresh token; never MSAL's hidden-iframe fallback, which cannot work here
      // (the redirect page refuses framing, and Chromium blocks the provider's cookies in a cross-site
      // frame): it would only make the user wait for its timeout before being asked to sign in again.
      // The build leaves that client out (scripts/msal-slim.ts): keep this policy.
      const result = await instance.acquireTokenSilent({
        scopes,
        account,
        forceRefresh,
        cacheLookupPolicy: CacheLookupPolicy.AccessTokenAndRefreshToken,
      });
      if (result.expiresOn && asked === generation) {
        remembered = {
          accountId: account.homeAccountId,
          token: result.accessToken,
          expiresAt: result.expiresOn.getTime(),
        };
      }
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
