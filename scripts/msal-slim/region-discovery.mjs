// Stands in for @azure/msal-common's authority/RegionDiscovery.mjs in the build: every authority
// makes one, but only a confidential client with `azureRegionConfiguration` asks it anything.

export class RegionDiscovery {
  async detectRegion() {
    throw new Error("This build has no Azure region discovery: a browser app never needs it.");
  }
}
