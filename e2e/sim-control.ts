import type { APIRequestContext } from "@playwright/test";
import { API_URL } from "./ports";

export type LoggedRequest = {
  method: string;
  path: string;
  query: Record<string, string>;
  headers: Record<string, string>;
  body: unknown;
  status: number;
};

type FaultCommon = {
  method: string;
  /** Exact, or a prefix ending in `*`. */
  path: string;
  code?: string;
  message?: string;
  retryAfter?: number;
  times?: number;
  body?: string;
};

/** A planned answer (status 0 drops the connection), optionally late; or, with `delayMs` alone, the real answer late. */
export type Fault = FaultCommon &
  ({ status: number; delayMs?: number } | { status?: undefined; delayMs: number });

export type TestUser = "editor" | "viewer" | "mixed";

/** The stand-in's control API, for arranging and checking what the app did. */
export class SimControl {
  constructor(private readonly request: APIRequestContext) {}

  private async post(path: string, data?: unknown): Promise<void> {
    const response = await this.request.post(`${API_URL}/__sim/${path}`, { data });
    if (!response.ok())
      throw new Error(`POST /__sim/${path}: ${response.status()} ${await response.text()}`);
  }

  reset = () => this.post("reset");
  fault = (fault: Fault) => this.post("faults", fault);
  clearFaults = async () => {
    await this.request.delete(`${API_URL}/__sim/faults`);
  };
  /** The real limiter's limits; `windowSeconds` shortens the per-minute window so a test waits seconds, not a minute. */
  rateLimit = (perMinute: number, perHour = 5000, windowSeconds?: number) =>
    this.post("rate-limit", { perMinute, perHour, windowSeconds });
  revokeSessions = (user: TestUser) => this.post("sessions/revoke", { user });
  tokenTtl = (seconds: number) => this.post("token-ttl", { seconds });

  async requests(filter?: { method?: string; path?: string | RegExp }): Promise<LoggedRequest[]> {
    const response = await this.request.get(`${API_URL}/__sim/requests`);
    const all = (await response.json()) as LoggedRequest[];
    return all.filter(
      (entry) =>
        (!filter?.method || entry.method === filter.method) &&
        (!filter?.path ||
          (typeof filter.path === "string"
            ? entry.path === filter.path
            : filter.path.test(entry.path))),
    );
  }

  async token(user: TestUser, expiresIn?: number): Promise<string> {
    const response = await this.request.post(`${API_URL}/__sim/token`, {
      data: { user, expiresIn },
    });
    return ((await response.json()) as { access_token: string }).access_token;
  }

  /** Calls the stand-in's API as another person would, e.g. to change an iModel behind the user's back. */
  async asUser(user: TestUser, method: string, path: string, body?: unknown) {
    const token = await this.token(user);
    return this.request.fetch(`${API_URL}${path}`, {
      method,
      headers: {
        Authorization: `Bearer ${token}`,
        Accept: "application/vnd.bentley.itwin-platform.v2+json",
        ...(body === undefined ? {} : { "Content-Type": "application/json" }),
      },
      data: body === undefined ? undefined : JSON.stringify(body),
    });
  }
}
