// Stands in for @azure/msal-browser's crypto/TokenBindingKeyManager.mjs in the build: the app
// asks for Bearer tokens only, so no proof-of-possession key is ever made or stored. MSAL still
// constructs the manager and clears or probes its store; with no keys those answers are
// immediate. Making or reading a key refuses.

const refuse = async () => {
  throw new Error("This build has no proof-of-possession tokens: ask for Bearer tokens.");
};

export class TokenBindingKeyManager {
  async clearKeystore() {
    return true;
  }
  async removeTokenBindingKey() {}
  async hasTokenBindingKey() {
    return false;
  }
  async isTokenBindingKeyPersisted() {
    return false;
  }
}
TokenBindingKeyManager.prototype.provisionTokenBindingKey = refuse;
TokenBindingKeyManager.prototype.getTokenBindingPublicKeyJwk = refuse;
TokenBindingKeyManager.prototype.getTokenBindingKeyPair = refuse;
