import { randomUUID } from "node:crypto";
import { SignJWT } from "jose";
import type { SigningKey } from "./keys";
import { API_AUDIENCE, API_SCOPE, DEV_CLIENT_ID } from "./seed-ids";

export interface IssueOptions {
  issuer: string;
  key: SigningKey;
  user: string;
  /** Seconds; may be 0 or negative to make an already expired token. */
  expiresIn: number;
}

/** An access token shaped like the identity provider's, for API-level tests (POST /__sim/token). */
export async function issueAccessToken({
  issuer,
  key,
  user,
  expiresIn,
}: IssueOptions): Promise<string> {
  const now = Math.floor(Date.now() / 1000);
  return new SignJWT({ scope: API_SCOPE, client_id: DEV_CLIENT_ID, azp: DEV_CLIENT_ID })
    .setProtectedHeader({ alg: "RS256", typ: "at+jwt", kid: key.kid })
    .setIssuer(issuer)
    .setSubject(user)
    .setAudience(API_AUDIENCE)
    .setIssuedAt(now)
    .setExpirationTime(now + expiresIn)
    .setJti(randomUUID())
    .sign(key.privateKey);
}
