import { X509Certificate } from "node:crypto";
import { mkdir, readFile, rename, writeFile } from "node:fs/promises";
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

async function writeAtomically(file: string, text: string): Promise<void> {
  const temporary = `${file}.${process.pid}.${Date.now()}.tmp`;
  await writeFile(temporary, text, { mode: 0o600 });
  await rename(temporary, file);
}

function publicPart(jwk: JWK): JWK {
  const { kty, n, e, kid, alg, use } = jwk;
  return { kty, n, e, kid, alg, use };
}

/** The identity provider's signing key, created at first start and kept in dataDir. */
export async function loadSigningKey(dataDir: string): Promise<SigningKey> {
  await mkdir(dataDir, { recursive: true });
  const file = path.join(dataDir, "signing-key.json");
  const stored = await readIfExists(file);
  let privateJwk: JWK | undefined;
  if (stored) {
    try {
      privateJwk = JSON.parse(stored) as JWK;
    } catch {
      privateJwk = undefined;
    }
  }
  if (!privateJwk?.d || !privateJwk.kid) {
    const { privateKey } = await generateKeyPair("RS256", { extractable: true, modulusLength: 2048 });
    const jwk = await exportJWK(privateKey);
    const kid = await calculateJwkThumbprint(jwk);
    privateJwk = { ...jwk, kid, alg: "RS256", use: "sig" };
    await writeAtomically(file, JSON.stringify(privateJwk, null, 2));
  }
  const privateKey = (await importJWK(privateJwk, "RS256")) as CryptoKey;
  return { privateJwk, publicJwk: publicPart(privateJwk), kid: privateJwk.kid as string, privateKey };
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

/** A self-signed certificate for localhost / 127.0.0.1, created at first start and reused. */
export async function loadTlsMaterial(dataDir: string): Promise<TlsMaterial> {
  await mkdir(dataDir, { recursive: true });
  const certFile = path.join(dataDir, "localhost-cert.pem");
  const keyFile = path.join(dataDir, "localhost-key.pem");
  const [cert, key] = await Promise.all([readIfExists(certFile), readIfExists(keyFile)]);
  if (cert && key && stillGood(cert)) return { cert, key };

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
  await writeAtomically(keyFile, pems.private);
  await writeAtomically(certFile, pems.cert);
  return { cert: pems.cert, key: pems.private };
}
