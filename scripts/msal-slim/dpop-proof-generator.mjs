// Stands in for @azure/msal-common's crypto/DpopProofGenerator.mjs in the build: MSAL makes one
// only for DPoP tokens, and the app asks for Bearer tokens only.

const refusal = "This build has no DPoP tokens: ask for Bearer tokens.";

export class DpopProofGenerator {
  constructor() {
    throw new Error(refusal);
  }
}

export function normalizeDpopResourceRequestContext() {
  throw new Error(refusal);
}
