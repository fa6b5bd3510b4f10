// Stands in for @azure/msal-common's crypto/PopTokenGenerator.mjs in the build: MSAL makes one
// only for proof-of-possession tokens, and the app asks for Bearer tokens only.

export class PopTokenGenerator {
  constructor() {
    throw new Error("This build has no proof-of-possession tokens: ask for Bearer tokens.");
  }
}
