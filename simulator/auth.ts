import { createLocalJWKSet, jwtVerify, type JWK } from "jose";
import { API_AUDIENCE, API_SCOPE } from "./seed-ids";

export interface Caller {
  user: string;
  clientId: string;
}

export type AuthResult =
  | { ok: true; caller: Caller }
  | { ok: false; code: "HeaderNotFound" | "Unauthorized"; reason: string };

export type Verifier = (authorization: string | undefined) => Promise<AuthResult>;

/** Checks a Bearer token like the API gateway: signature (provider's keys), issuer, audience, expiry, scope. */
export function createVerifier(issuer: string, publicKeys: JWK[]): Verifier {
  const keySet = createLocalJWKSet({ keys: publicKeys });
  return async (authorization) => {
    if (authorization === undefined)
      return { ok: false, code: "HeaderNotFound", reason: "no header" };
    const match = /^Bearer\s+(\S+)\s*$/i.exec(authorization);
    if (!match) return { ok: false, code: "Unauthorized", reason: "not a Bearer token" };
    try {
      const { payload } = await jwtVerify(match[1] as string, keySet, {
        issuer,
        audience: API_AUDIENCE,
        algorithms: ["RS256"],
        requiredClaims: ["exp", "sub"],
      });
      const scopes = typeof payload.scope === "string" ? payload.scope.split(" ") : [];
      if (!scopes.includes(API_SCOPE))
        return { ok: false, code: "Unauthorized", reason: "scope missing" };
      const clientId =
        typeof payload.client_id === "string"
          ? payload.client_id
          : typeof payload.azp === "string"
            ? payload.azp
            : "unknown";
      return { ok: true, caller: { user: payload.sub as string, clientId } };
    } catch (error) {
      return {
        ok: false,
        code: "Unauthorized",
        reason: error instanceof Error ? error.message : "invalid",
      };
    }
  };
}
