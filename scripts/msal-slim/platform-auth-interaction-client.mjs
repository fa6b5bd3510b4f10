// Stands in for @azure/msal-browser's interaction_client/PlatformAuthInteractionClient.mjs in the
// build (see platform-auth-provider.mjs): MSAL constructs it only once a platform broker was found.

export class PlatformAuthInteractionClient {
  constructor() {
    throw new Error("This build has no platform broker: leave system.allowPlatformBroker off.");
  }
}
