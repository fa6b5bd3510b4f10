// Stands in for @azure/msal-browser's broker/nativeBroker/PlatformAuthProvider.mjs in the build:
// the app never enables the platform broker (WAM / browser extension), so its discovery and
// handlers (about 9 kB gzip) need not ship. Same exports, the answers MSAL's own code gives when
// `system.allowPlatformBroker` is false.

export async function isPlatformBrokerAvailable() {
  return false;
}

export async function getPlatformAuthProvider() {
  return undefined;
}

export function isPlatformAuthAllowed(config) {
  if (config.system.allowPlatformBroker)
    throw new Error("This build has no platform broker: leave system.allowPlatformBroker off.");
  return false;
}
