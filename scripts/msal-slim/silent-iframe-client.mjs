// Stands in for @azure/msal-browser's interaction_client/SilentIframeClient.mjs in the build:
// the app never renews in a hidden iframe (access-token.ts asks with the AccessTokenAndRefreshToken
// cache policy, and calls neither ssoSilent nor verifySSO), so MSAL never constructs it.

export class SilentIframeClient {
  constructor() {
    throw new Error(
      "This build has no hidden-iframe renewal: use cacheLookupPolicy AccessTokenAndRefreshToken.",
    );
  }
}
