/// <reference types="node" />
/**
 * For the API modules' tests: a real local HTTP server answering from a queue of handlers, and
 * the app's client configured against it, so requests go over the wire as in the app.
 */
import { createServer, type IncomingMessage, type ServerResponse } from "node:http";
import type { AddressInfo } from "node:net";
import { configureApi } from "./api-instance";
import { createApiClient } from "./client";
import { RateLimitGate } from "./rate-limit-gate";

export type SeenRequest = {
  method: string;
  url: string;
  headers: IncomingMessage["headers"];
  body: Buffer;
};
export type Handler = (req: SeenRequest, res: ServerResponse) => void;

export type TestServer = {
  baseUrl: string;
  seen: SeenRequest[];
  /** CORS preflights answered (not in seen, not taken from the handlers). */
  preflights(): number;
  answer(...handlers: Handler[]): void;
  reset(): void;
  close(): Promise<void>;
};

export async function startTestServer(): Promise<TestServer> {
  let handlers: Handler[] = [];
  let preflights = 0;
  const seen: SeenRequest[] = [];
  const server = createServer((req, res) => {
    // The jsdom tests' XMLHttpRequest is cross-origin to this server and checks CORS as browsers do.
    res.setHeader("Access-Control-Allow-Origin", "*");
    res.setHeader("Access-Control-Expose-Headers", "Retry-After");
    if (req.method === "OPTIONS") {
      preflights += 1;
      res.writeHead(204, {
        "Access-Control-Allow-Methods": "GET, PUT, PATCH, DELETE, POST",
        "Access-Control-Allow-Headers": "Authorization, Accept, Content-Type, Prefer",
      });
      return void res.end();
    }
    const chunks: Buffer[] = [];
    req.on("data", (chunk: Buffer) => chunks.push(chunk));
    req.on("end", () => {
      const request = {
        method: req.method ?? "GET",
        url: req.url ?? "/",
        headers: req.headers,
        body: Buffer.concat(chunks),
      };
      seen.push(request);
      const handler = handlers.shift() ?? ((_, r) => r.writeHead(500).end());
      handler(request, res);
    });
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const baseUrl = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  return {
    baseUrl,
    seen,
    preflights: () => preflights,
    answer: (...next) => handlers.push(...next),
    reset: () => {
      handlers = [];
      seen.length = 0;
      preflights = 0;
      configureApi(
        createApiClient({ baseUrl, gate: new RateLimitGate(), getToken: async () => "token" }),
      );
    },
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}

export const json =
  (status: number, body: unknown, headers: Record<string, string> = {}): Handler =>
  (_, res) =>
    res
      .writeHead(status, { "Content-Type": "application/json", ...headers })
      .end(JSON.stringify(body));

export const noContent: Handler = (_, res) => res.writeHead(204).end();
