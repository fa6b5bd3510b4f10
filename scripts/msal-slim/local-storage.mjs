// Stands in for @azure/msal-browser's cache/LocalStorage.mjs in the build: the app keeps its
// tokens in sessionStorage (msal-instance.ts), so the encrypted localStorage cache need not ship.

export class LocalStorage {
  constructor() {
    throw new Error('This build has no localStorage cache: keep cacheLocation "sessionStorage".');
  }
}
