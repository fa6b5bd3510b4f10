import { z } from "zod/mini";

// MSAL keeps the provider's discovery document in memory only, so each page load would ask the
// provider for it before the first token, and so before the first API call. The tab remembers it
// instead, as MSAL keeps its tokens (sessionStorage), and MSAL is handed it at start.

/** What MSAL reads from the discovery document. */
const discoverySchema = z.object({
  issuer: z.url(),
  authorization_endpoint: z.url(),
  token_endpoint: z.url(),
  jwks_uri: z.url(),
  end_session_endpoint: z.optional(z.url()),
});

const storageKey = (authority: string) => `imodel-admin.authority-metadata:${authority}`;
const discoveryUrl = (authority: string) =>
  `${authority.replace(/\/$/, "")}/.well-known/openid-configuration`;

/** The discovery document this tab remembered for authority, if it still reads as one. */
export function rememberedAuthorityMetadata(
  authority: string,
  storage: Storage = sessionStorage,
): string | undefined {
  const text = storage.getItem(storageKey(authority));
  if (text === null) return undefined;
  try {
    if (z.safeParse(discoverySchema, JSON.parse(text)).success) return text;
  } catch {
    // Not JSON: forget it below.
  }
  storage.removeItem(storageKey(authority));
  return undefined;
}

/** Reads authority's discovery document and keeps it for the next page load; a failure only means MSAL asks itself. */
export async function rememberAuthorityMetadata(
  authority: string,
  storage: Storage = sessionStorage,
  fetcher: typeof fetch = fetch,
): Promise<void> {
  try {
    const response = await fetcher(discoveryUrl(authority));
    if (!response.ok) return;
    const document = z.parse(discoverySchema, await response.json());
    storage.setItem(storageKey(authority), JSON.stringify(document));
  } catch {
    // Offline or not a discovery document: nothing is remembered.
  }
}
