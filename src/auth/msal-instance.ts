import { PublicClientApplication, ProtocolMode, type Configuration } from "@azure/msal-browser";
import type { AppConfig } from "../config";
import { rememberAuthorityMetadata, rememberedAuthorityMetadata } from "./authority-metadata";
import { cleanAddress } from "./clean-address";

export function msalConfiguration(
  config: AppConfig,
  origin = window.location.origin,
  authorityMetadata?: string,
): Configuration {
  return {
    auth: {
      clientId: config.clientId,
      authority: config.authority,
      knownAuthorities: [new URL(config.authority).host],
      authorityMetadata,
      redirectUri: origin + config.redirectPath,
      postLogoutRedirectUri: origin + config.postLogoutRedirectPath,
    },
    // Never localStorage: tokens end with the tab (and the build leaves that cache out).
    cache: { cacheLocation: "sessionStorage" },
    // Off for good: the build leaves the broker out (scripts/msal-slim.ts).
    system: { protocolMode: ProtocolMode.OIDC, allowPlatformBroker: false },
  };
}

/** Creates MSAL, finishes a redirect sign-in if one is coming back, and picks the active account. */
export async function startMsal(config: AppConfig): Promise<PublicClientApplication> {
  const metadata = rememberedAuthorityMetadata(config.authority);
  if (!metadata) void rememberAuthorityMetadata(config.authority);
  const instance = new PublicClientApplication(
    msalConfiguration(config, window.location.origin, metadata),
  );
  await instance.initialize();
  const result = await instance.handleRedirectPromise();
  cleanAddress();
  const account = result?.account ?? instance.getActiveAccount() ?? instance.getAllAccounts()[0];
  if (account) instance.setActiveAccount(account);
  return instance;
}
