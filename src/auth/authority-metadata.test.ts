import { beforeEach, describe, expect, it, vi } from "vitest";
import { rememberAuthorityMetadata, rememberedAuthorityMetadata } from "./authority-metadata";

const AUTHORITY = "https://ims.example.test";
const DISCOVERY = {
  issuer: AUTHORITY,
  authorization_endpoint: `${AUTHORITY}/auth`,
  token_endpoint: `${AUTHORITY}/token`,
  jwks_uri: `${AUTHORITY}/jwks`,
  end_session_endpoint: `${AUTHORITY}/session/end`,
  scopes_supported: ["openid"],
};

const answering = (status: number, body: unknown) =>
  vi.fn<typeof fetch>().mockResolvedValue(new Response(JSON.stringify(body), { status }));

beforeEach(() => sessionStorage.clear());

describe("authority metadata", () => {
  it("is read from the provider's discovery address once, then remembered by the tab", async () => {
    const fetcher = answering(200, DISCOVERY);
    expect(rememberedAuthorityMetadata(AUTHORITY)).toBeUndefined();
    await rememberAuthorityMetadata(`${AUTHORITY}/`, sessionStorage, fetcher);
    expect(fetcher).toHaveBeenCalledWith(`${AUTHORITY}/.well-known/openid-configuration`);
    const remembered = JSON.parse(rememberedAuthorityMetadata(`${AUTHORITY}/`) ?? "null");
    expect(remembered).toEqual({
      issuer: DISCOVERY.issuer,
      authorization_endpoint: DISCOVERY.authorization_endpoint,
      token_endpoint: DISCOVERY.token_endpoint,
      jwks_uri: DISCOVERY.jwks_uri,
      end_session_endpoint: DISCOVERY.end_session_endpoint,
    });
    expect(rememberedAuthorityMetadata("https://other.example.test")).toBeUndefined();
  });

  it("is not remembered when the provider fails or answers something else", async () => {
    await rememberAuthorityMetadata(AUTHORITY, sessionStorage, answering(500, DISCOVERY));
    await rememberAuthorityMetadata(
      AUTHORITY,
      sessionStorage,
      answering(200, { issuer: AUTHORITY }),
    );
    await rememberAuthorityMetadata(
      AUTHORITY,
      sessionStorage,
      vi.fn<typeof fetch>().mockRejectedValue(new TypeError("offline")),
    );
    expect(rememberedAuthorityMetadata(AUTHORITY)).toBeUndefined();
  });

  it("is forgotten when what the tab kept no longer reads as a discovery document", () => {
    const key = `imodel-admin.authority-metadata:${AUTHORITY}`;
    sessionStorage.setItem(key, "{not json");
    expect(rememberedAuthorityMetadata(AUTHORITY)).toBeUndefined();
    expect(sessionStorage.getItem(key)).toBeNull();
  });
});
