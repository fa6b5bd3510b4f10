import { randomBytes } from "node:crypto";
import type { IncomingMessage, ServerResponse } from "node:http";
import Provider, { type KoaContextWithOIDC, type ResourceServerInfo } from "oidc-provider";
import { isAllowedOrigin } from "./cors";
import { errorPage, logoutPage, signedOutPage } from "./idp-pages";
import { createInteractionHandler } from "./interactions";
import type { SigningKey } from "./keys";
import { DEFAULT_RESOURCE, adaptClientRequests } from "./msal-compat";
import { OidcMemoryStore } from "./oidc-adapter";
import { API_AUDIENCE, API_SCOPE, DEV_CLIENT_ID } from "./seed-ids";
import { DEFAULT_TOKEN_TTL } from "./sim-state";
import { findUser } from "./users";

export interface IdentityProviderOptions {
  issuer: string;
  appOrigins: readonly string[];
  signingKey: SigningKey;
}

export interface IdentityProvider {
  provider: Provider;
  store: OidcMemoryStore;
  handle(req: IncomingMessage, res: ServerResponse): void;
  setAccessTokenTtl(seconds: number): void;
  accessTokenTtl(): number;
}

function clientConfig(appOrigins: readonly string[]) {
  return {
    client_id: DEV_CLIENT_ID,
    client_name: "iModel Admin (local)",
    application_type: "web",
    token_endpoint_auth_method: "none",
    grant_types: ["authorization_code", "refresh_token"],
    response_types: ["code"],
    redirect_uris: appOrigins.flatMap((origin) => [`${origin}/`, `${origin}/redirect.html`]),
    post_logout_redirect_uris: appOrigins.map((origin) => `${origin}/`),
  };
}

/** oidc-provider configured as the iTwin Platform's identity service for the local stand-in. */
export function createIdentityProvider({
  issuer,
  appOrigins,
  signingKey,
}: IdentityProviderOptions): IdentityProvider {
  const store = new OidcMemoryStore();
  let tokenTtl = DEFAULT_TOKEN_TTL;

  const resourceServer = (): ResourceServerInfo => ({
    scope: API_SCOPE,
    audience: API_AUDIENCE,
    accessTokenTTL: tokenTtl,
    accessTokenFormat: "jwt",
    jwt: { sign: { alg: "RS256" } },
  });

  const provider = new Provider(issuer, {
    adapter: store.adapterFor,
    clients: [clientConfig(appOrigins)],
    jwks: { keys: [signingKey.privateJwk] },
    cookies: { keys: [randomBytes(32).toString("base64url")] },
    claims: { openid: ["sub"], profile: ["name", "preferred_username"], email: ["email"] },
    scopes: ["openid", "offline_access", "profile", "email"],
    conformIdTokenClaims: false,
    responseTypes: ["code"],
    pkce: { required: () => true },
    clientBasedCORS: (_ctx: unknown, origin: string) => isAllowedOrigin(origin, appOrigins),
    findAccount: async (_ctx: unknown, sub: string) => {
      const user = findUser(sub);
      if (!user) return undefined;
      return {
        accountId: user.key,
        claims: () => ({
          sub: user.key,
          name: user.name,
          preferred_username: user.preferredUsername,
          email: user.preferredUsername,
        }),
      };
    },
    interactions: {
      url: (_ctx: unknown, interaction: { uid: string }) => `/interaction/${interaction.uid}`,
    },
    issueRefreshToken: async (_ctx: unknown, client: { grantTypeAllowed(type: string): boolean }) =>
      client.grantTypeAllowed("refresh_token"),
    extraTokenClaims: async (_ctx: unknown, token: { clientId?: string }) => ({
      azp: token.clientId,
    }),
    features: {
      devInteractions: { enabled: false },
      revocation: { enabled: true },
      resourceIndicators: {
        enabled: true,
        defaultResource: async (_ctx: unknown, _client: unknown, oneOf?: string[]) =>
          oneOf?.[0] ?? DEFAULT_RESOURCE,
        useGrantedResource: async () => true,
        getResourceServerInfo: async () => resourceServer(),
      },
      rpInitiatedLogout: {
        enabled: true,
        logoutSource: async (ctx: KoaContextWithOIDC, form: string) => {
          ctx.type = "html";
          ctx.body = logoutPage(form);
        },
        postLogoutSuccessSource: async (ctx: KoaContextWithOIDC) => {
          ctx.type = "html";
          ctx.body = signedOutPage();
        },
      },
    },
    renderError: async (ctx: KoaContextWithOIDC, out: Record<string, string>) => {
      ctx.type = "html";
      ctx.body = errorPage("The identity provider could not continue", out);
    },
    ttl: {
      AccessToken: () => tokenTtl,
      AuthorizationCode: 60,
      IdToken: 3600,
      Interaction: 3600,
      Session: 14 * 86_400,
      Grant: 14 * 86_400,
      RefreshToken: 14 * 86_400,
    },
  });
  provider.use(adaptClientRequests);

  const interactions = createInteractionHandler(provider);
  const callback = provider.callback();

  return {
    provider,
    store,
    handle(req, res) {
      interactions(req, res)
        .then((handled) => {
          if (!handled) callback(req, res);
        })
        .catch(() => {
          res.statusCode = 500;
          res.end();
        });
    },
    setAccessTokenTtl(seconds) {
      tokenTtl = seconds;
    },
    accessTokenTtl: () => tokenTtl,
  };
}
