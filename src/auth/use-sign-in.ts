import { useMsal } from "@azure/msal-react";
import { useConfig } from "../config-context";

export function useSignIn(): () => Promise<void> {
  const { instance } = useMsal();
  const { scopes } = useConfig();
  return () => instance.loginRedirect({ scopes, redirectStartPage: sameOriginStartPage() });
}

export function useSignOut(): () => Promise<void> {
  const { instance } = useMsal();
  return () => {
    const account = instance.getActiveAccount() ?? undefined;
    return instance.logoutRedirect({ account, idTokenHint: account?.idToken });
  };
}

/** Where to come back after sign-in: this page, never another origin. */
export function sameOriginStartPage(location: Location = window.location): string {
  return location.origin + location.pathname + location.search;
}
