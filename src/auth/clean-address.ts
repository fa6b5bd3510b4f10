/** What an identity provider adds to the address it sends the browser back to. */
const AUTH_RESPONSE_PARAMS = ["code", "state", "session_state", "error", "error_description"];

/**
 * The address without an identity provider's answer in it, or null when there is none.
 * After sign-out the provider returns to the app with MSAL's `?state=`, which nothing reads:
 * it must not stay in the address bar, in history or in a copied link.
 */
export function addressWithoutAuthResponse(href: string): string | null {
  const url = new URL(href);
  const before = url.search;
  for (const name of AUTH_RESPONSE_PARAMS) url.searchParams.delete(name);
  if (url.search === before) return null;
  return url.pathname + url.search + url.hash;
}

/** Replaces the current history entry with the address cleaned of an identity provider's answer. */
export function cleanAddress(
  location: Location = window.location,
  history: History = window.history,
) {
  const clean = addressWithoutAuthResponse(location.href);
  if (clean !== null) history.replaceState(history.state, "", clean);
}
