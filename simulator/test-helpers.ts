/** Shared by the simulator's tests: a started stand-in on free ports and small HTTP helpers. */
import os from "node:os";
import path from "node:path";
import { afterAll, beforeAll, beforeEach } from "vitest";
import { startSimulator, type RunningSimulator } from "./main";

export const APP_ORIGIN = "http://localhost:5173";
export const TEST_DATA_DIR = path.join(os.tmpdir(), "imodel-admin-sim-test-data");
export const V2 = "application/vnd.bentley.itwin-platform.v2+json";

export interface TestSim extends RunningSimulator {
  token(user: string, expiresIn?: number): Promise<string>;
  api(
    pathAndQuery: string,
    init?: RequestInit & { user?: string | null; token?: string },
  ): Promise<Response>;
  control(pathname: string, body?: unknown, method?: string): Promise<Response>;
}

export async function startTestSim(dataDir = TEST_DATA_DIR, idpPort = 0): Promise<TestSim> {
  const sim = await startSimulator({
    apiPort: 0,
    idpPort,
    appOrigins: [APP_ORIGIN],
    dataDir,
    quiet: true,
  });
  const tokens = new Map<string, string>();
  const control = (pathname: string, body?: unknown, method = "POST") =>
    fetch(`${sim.apiUrl}${pathname}`, {
      method,
      headers: body === undefined ? {} : { "Content-Type": "application/json" },
      body: body === undefined ? undefined : JSON.stringify(body),
    });
  const token = async (user: string, expiresIn?: number) => {
    const cacheable = expiresIn === undefined;
    if (cacheable && tokens.has(user)) return tokens.get(user) as string;
    const res = await control("/__sim/token", { user, expiresIn });
    if (res.status !== 200) throw new Error(`token for ${user}: ${res.status}`);
    const { access_token: accessToken } = (await res.json()) as { access_token: string };
    if (cacheable) tokens.set(user, accessToken);
    return accessToken;
  };
  const api: TestSim["api"] = async (pathAndQuery, init = {}) => {
    const { user = "editor", token: given, headers, ...rest } = init;
    const h = new Headers(headers);
    if (!h.has("Accept")) h.set("Accept", V2);
    if (given !== undefined) h.set("Authorization", `Bearer ${given}`);
    else if (user !== null) h.set("Authorization", `Bearer ${await token(user)}`);
    return fetch(`${sim.apiUrl}${pathAndQuery}`, { ...rest, headers: h });
  };
  return { ...sim, token, api, control };
}

/**
 * One stand-in for a test file, started before its tests and closed after them, reset to the seed
 * before each test unless `reset: false`. Use it at the top of the file: `const sim = useTestSim();`.
 */
export function useTestSim({ reset = true }: { reset?: boolean } = {}): TestSim {
  let started: TestSim | undefined;
  const current = () => {
    if (!started) throw new Error("the test stand-in is used before beforeAll started it");
    return started;
  };
  beforeAll(async () => {
    started = await startTestSim();
  });
  afterAll(() => started?.close());
  if (reset)
    beforeEach(async () => {
      const res = await current().control("/__sim/reset");
      if (res.status !== 204) throw new Error(`reset answered ${res.status}`);
    });
  return new Proxy({} as TestSim, { get: (_target, name) => Reflect.get(current(), name) });
}

export async function errorOf(res: Response): Promise<{
  code: string;
  message: string;
  target?: string;
  details?: { code: string; message: string; target?: string }[];
}> {
  const body = (await res.json()) as { error: Awaited<ReturnType<typeof errorOf>> };
  return body.error;
}
