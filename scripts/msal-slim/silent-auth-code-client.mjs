// Stands in for @azure/msal-browser's interaction_client/SilentAuthCodeClient.mjs in the build:
// it serves acquireTokenByCode (a code redeemed for a server-rendered app), which the app never
// calls.

export class SilentAuthCodeClient {
  constructor() {
    throw new Error("This build has no acquireTokenByCode: sign in by redirect or popup.");
  }
}
