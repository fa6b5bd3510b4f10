import { createAdaptorServer } from "@hono/node-server";
import type { Server as HttpServer } from "node:http";
import { createServer as createHttpsServer, type Server as HttpsServer } from "node:https";
import type { AddressInfo } from "node:net";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { createApiApp } from "./api-app";
import { createVerifier } from "./auth";
import { Faults } from "./faults";
import { createIdentityProvider } from "./identity-provider";
import { loadSigningKey, loadTlsMaterial } from "./keys";
import { RateLimiter, type RateLimits } from "./rate-limiter";
import { RequestLog } from "./request-log";
import type { SimState } from "./sim-state";
import { Store } from "./store";
import { issueAccessToken } from "./token-issuer";
import { TEST_USERS } from "./users";

export interface SimulatorOptions {
  apiPort: number;
  idpPort: number;
  appOrigins: string[];
  dataDir: string;
  quiet: boolean;
  /** Default limits of the per-client rate limiter (Trial tier: 500/min, 5000/h). */
  rateLimits: RateLimits;
}

export interface RunningSimulator {
  apiUrl: string;
  idpUrl: string;
  close(): Promise<void>;
}

const HOST = "127.0.0.1";
const REPO_ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");

function listen(server: HttpServer | HttpsServer, port: number): Promise<number> {
  return new Promise((resolve, reject) => {
    server.once("error", reject);
    server.listen(port, HOST, () => {
      server.off("error", reject);
      resolve((server.address() as AddressInfo).port);
    });
  });
}

function closeServer(server: HttpServer | HttpsServer): Promise<void> {
  return new Promise((resolve) => {
    server.close(() => resolve());
    server.closeAllConnections();
  });
}

/** Starts the identity provider (https) and the API (http) on loopback. Port 0 picks free ports. */
export async function startSimulator(
  options: Partial<SimulatorOptions> = {},
): Promise<RunningSimulator> {
  const dataDir = options.dataDir ?? path.join(REPO_ROOT, ".sim-data");
  const appOrigins = options.appOrigins ?? ["http://localhost:5173"];
  const defaultLimits = options.rateLimits ?? { perMinute: 500, perHour: 5000 };
  const quiet = options.quiet ?? false;

  const [signingKey, tls] = await Promise.all([loadSigningKey(dataDir), loadTlsMaterial(dataDir)]);

  const idpServer = createHttpsServer({ cert: tls.cert, key: tls.key });
  const idpPort = await listen(idpServer, options.idpPort ?? 4011);
  const idpUrl = `https://localhost:${idpPort}`;
  const identity = createIdentityProvider({ issuer: idpUrl, appOrigins, signingKey });
  idpServer.on("request", identity.handle);

  const state: SimState = {
    store: new Store(),
    faults: new Faults(),
    log: new RequestLog(),
    limiter: new RateLimiter({ ...defaultLimits }),
    defaultLimits,
    verify: createVerifier(idpUrl, [signingKey.publicJwk]),
    appOrigins,
    epoch: 0,
    identity: {
      revokeUser: async (user) => identity.store.revokeAccount(user),
      setAccessTokenTtl: identity.setAccessTokenTtl,
      accessTokenTtl: identity.accessTokenTtl,
      issueToken: (user, expiresIn) =>
        issueAccessToken({ issuer: idpUrl, key: signingKey, user, expiresIn }),
    },
  };
  const app = createApiApp(state, quiet);
  const apiServer = createAdaptorServer({ fetch: app.fetch, hostname: HOST }) as HttpServer;
  // Node closes idle connections after 5 s, racing clients that reuse them (ECONNRESET in tests).
  apiServer.keepAliveTimeout = 65_000;
  let apiPort: number;
  try {
    apiPort = await listen(apiServer, options.apiPort ?? 4010);
  } catch (error) {
    await closeServer(idpServer);
    throw error;
  }
  const apiUrl = `http://localhost:${apiPort}`;

  return {
    apiUrl,
    idpUrl,
    close: async () => {
      await Promise.all([closeServer(apiServer), closeServer(idpServer)]);
    },
  };
}

function numberFromEnv(name: string, fallback: number): number {
  const raw = process.env[name];
  if (raw === undefined || raw === "") return fallback;
  const value = Number(raw);
  if (!Number.isInteger(value) || value < 0)
    throw new Error(`${name} must be a non-negative integer, got "${raw}"`);
  return value;
}

async function runFromCommandLine(): Promise<void> {
  const sim = await startSimulator({
    apiPort: numberFromEnv("SIM_API_PORT", 4010),
    idpPort: numberFromEnv("SIM_IDP_PORT", 4011),
    appOrigins: (process.env.APP_ORIGINS ?? "http://localhost:5173")
      .split(",")
      .map((origin) => origin.trim().replace(/\/$/, ""))
      .filter(Boolean),
    dataDir: process.env.SIM_DATA_DIR ? path.resolve(process.env.SIM_DATA_DIR) : undefined,
    rateLimits: {
      perMinute: numberFromEnv("SIM_RATE_PER_MINUTE", 500),
      perHour: numberFromEnv("SIM_RATE_PER_HOUR", 5000),
    },
  });
  console.log(
    `iTwin Platform stand-in\n  API:               ${sim.apiUrl}\n  Identity provider: ${sim.idpUrl}`,
  );
  console.log("  Test users:");
  for (const user of TEST_USERS)
    console.log(
      `    ${user.key.padEnd(7)} ${user.name} <${user.preferredUsername}>: ${user.mayDo}`,
    );
  const stop = () => {
    sim.close().then(
      () => process.exit(0),
      () => process.exit(1),
    );
  };
  process.once("SIGINT", stop);
  process.once("SIGTERM", stop);
}

const invokedDirectly =
  process.argv[1] !== undefined && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url);
if (invokedDirectly) {
  runFromCommandLine().catch((error: unknown) => {
    console.error("The stand-in could not start:", error);
    process.exit(1);
  });
}
