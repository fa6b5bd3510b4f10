import { X509Certificate } from "node:crypto";
import { link, mkdir, readFile, rename, unlink, writeFile } from "node:fs/promises";
import path from "node:path";
import { calculateJwkThumbprint, exportJWK, generateKeyPair, importJWK, type JWK } from "jose";
import { generate } from "selfsigned";

export interface SigningKey {
  /** Private RS256 JWK with kid (its thumbprint), alg and use. */
  privateJwk: JWK;
  publicJwk: JWK;
  kid: string;
  privateKey: CryptoKey;
}

export interface TlsMaterial {
  cert: string;
  key: string;
}

async function readIfExists(file: string): Promise<string | undefined> {
  try {
    return await readFile(file, "utf8");
  } catch {
    return undefined;
  }
}

async function writeTemporary(file: string, text: string): Promise<string> {
  const temporary = `${file}.${process.pid}.${Date.now()}.${Math.random().toString(36).slice(2)}.tmp`;
  await writeFile(temporary, text, { mode: 0o600 });
  return temporary;
}

/**
 * The file's text when `usable` accepts it; otherwise makes it. Several processes starting at
 * once agree on one result: the first complete file linked into place wins, the others read it.
 */
async function settle(
  file: string,
  usable: (text: string) => boolean,
  make: () => Promise<string>,
): Promise<string> {
  const existing = await readIfExists(file);
  if (existing !== undefined && usable(existing)) return existing;
  const temporary = await writeTemporary(file, await make());
  try {
    if (existing === undefined) {
      try {
        await link(temporary, file);
      } catch (error) {
        if ((error as NodeJS.ErrnoException).code !== "EEXIST") throw error;
        const winner = await readIfExists(file);
        if (winner !== undefined && usable(winner)) return winner;
        await rename(temporary, file);
      }
    } else {
      await rename(temporary, file);
    }
    return (await readIfExists(file)) ?? "";
  } finally {
    await unlink(temporary).catch(() => undefined);
  }
}

function publicPart(jwk: JWK): JWK {
  const { kty, n, e, kid, alg, use } = jwk;
  return { kty, n, e, kid, alg, use };
}

function parseKey(text: string): JWK | undefined {
  try {
    const jwk = JSON.parse(text) as JWK;
    return jwk.d && jwk.kid && jwk.kty === "RSA" ? jwk : undefined;
  } catch {
    return undefined;
  }
}

/** The identity provider's signing key (RS256, kid = JWK thumbprint), created at first start and kept in dataDir. */
export async function loadSigningKey(dataDir: string): Promise<SigningKey> {
  await mkdir(dataDir, { recursive: true });
  const text = await settle(
    path.join(dataDir, "signing-key.json"),
    (stored) => parseKey(stored) !== undefined,
    async () => {
      const { privateKey } = await generateKeyPair("RS256", {
        extractable: true,
        modulusLength: 2048,
      });
      const jwk = await exportJWK(privateKey);
      const kid = await calculateJwkThumbprint(jwk);
      return JSON.stringify({ ...jwk, kid, alg: "RS256", use: "sig" }, null, 2);
    },
  );
  const privateJwk = parseKey(text) as JWK;
  const privateKey = (await importJWK(privateJwk, "RS256")) as CryptoKey;
  return {
    privateJwk,
    publicJwk: publicPart(privateJwk),
    kid: privateJwk.kid as string,
    privateKey,
  };
}

function stillGood(cert: string): boolean {
  try {
    const x509 = new X509Certificate(cert);
    const weekFromNow = Date.now() + 7 * 86_400_000;
    return (
      new Date(x509.validTo).getTime() > weekFromNow &&
      (x509.subjectAltName ?? "").includes("DNS:localhost")
    );
  } catch {
    return false;
  }
}

async function makeTls(): Promise<string> {
  const notBeforeDate = new Date(Date.now() - 86_400_000);
  const notAfterDate = new Date(notBeforeDate.getTime() + 365 * 86_400_000);
  const pems = await generate([{ name: "commonName", value: "localhost" }], {
    keySize: 2048,
    algorithm: "sha256",
    notBeforeDate,
    notAfterDate,
    extensions: [
      { name: "basicConstraints", cA: false },
      { name: "keyUsage", digitalSignature: true, keyEncipherment: true, critical: true },
      { name: "extKeyUsage", serverAuth: true },
      {
        name: "subjectAltName",
        altNames: [
          { type: 2, value: "localhost" },
          { type: 7, ip: "127.0.0.1" },
          { type: 7, ip: "::1" },
        ],
      },
    ],
  });
  return JSON.stringify({ cert: pems.cert, key: pems.private });
}

function parseTls(text: string): TlsMaterial | undefined {
  try {
    const tls = JSON.parse(text) as Partial<TlsMaterial>;
    return typeof tls.cert === "string" && typeof tls.key === "string" && stillGood(tls.cert)
      ? (tls as TlsMaterial)
      : undefined;
  } catch {
    return undefined;
  }
}

/**
 * A self-signed certificate for localhost / 127.0.0.1, created at first start and reused
 * (renewed a week before it expires). The certificate alone is also written to
 * `localhost-cert.pem`, for clients that want to trust it.
 */
export async function loadTlsMaterial(dataDir: string): Promise<TlsMaterial> {
  await mkdir(dataDir, { recursive: true });
  const text = await settle(
    path.join(dataDir, "localhost-tls.json"),
    (stored) => parseTls(stored) !== undefined,
    makeTls,
  );
  const tls = parseTls(text) as TlsMaterial;
  const certFile = path.join(dataDir, "localhost-cert.pem");
  if ((await readIfExists(certFile)) !== tls.cert) {
    const temporary = await writeTemporary(certFile, tls.cert);
    await rename(temporary, certFile);
  }
  return tls;
}
