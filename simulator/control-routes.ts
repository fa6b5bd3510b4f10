import type { Hono } from "hono";
import { parseFault } from "./faults";
import { DEFAULT_TOKEN_TTL, type ApiContext, type ApiEnv, type SimState } from "./sim-state";
import { findUser } from "./users";

async function jsonBody(c: ApiContext): Promise<Record<string, unknown>> {
  const text = await c.req.text();
  if (!text) return {};
  try {
    const value = JSON.parse(text) as unknown;
    return typeof value === "object" && value !== null && !Array.isArray(value)
      ? (value as Record<string, unknown>)
      : {};
  } catch {
    return {};
  }
}

function bad(c: ApiContext, message: string): Response {
  return c.json({ error: { code: "InvalidControlRequest", message } }, 400);
}

function positiveNumber(value: unknown): value is number {
  return typeof value === "number" && Number.isFinite(value) && value > 0;
}

/** The stand-in's own control API under /__sim (no token; tests and demos only). */
export function registerControlRoutes(app: Hono<ApiEnv>, state: SimState): void {
  app.get("/__sim/health", (c) => c.json({ ok: true }));

  app.post("/__sim/reset", (c) => {
    state.epoch += 1;
    state.store.reset();
    state.faults.clear();
    state.limiter.reset(state.defaultLimits);
    state.log.clear();
    state.identity.setAccessTokenTtl(DEFAULT_TOKEN_TTL);
    return c.body(null, 204);
  });

  app.post("/__sim/token", async (c) => {
    const body = await jsonBody(c);
    const user = typeof body.user === "string" ? findUser(body.user) : undefined;
    if (!user) return bad(c, "user must be one of editor, viewer, mixed");
    const expiresIn =
      body.expiresIn === undefined ? state.identity.accessTokenTtl() : body.expiresIn;
    if (typeof expiresIn !== "number" || !Number.isFinite(expiresIn))
      return bad(c, "expiresIn must be a number of seconds");
    const token = await state.identity.issueToken(user.key, Math.trunc(expiresIn));
    return c.json({ access_token: token, expires_in: Math.trunc(expiresIn) });
  });

  app.get("/__sim/requests", (c) => c.json(state.log.all()));

  app.post("/__sim/faults", async (c) => {
    const parsed = parseFault(await jsonBody(c));
    if (!parsed.ok) return bad(c, parsed.problem);
    state.faults.add(parsed.fault);
    return c.body(null, 204);
  });

  app.delete("/__sim/faults", (c) => {
    state.faults.clear();
    return c.body(null, 204);
  });

  app.post("/__sim/rate-limit", async (c) => {
    const body = await jsonBody(c);
    const perMinute = body.perMinute ?? state.limiter.limits.perMinute;
    const perHour = body.perHour ?? state.limiter.limits.perHour;
    const windowSeconds = body.windowSeconds ?? 60;
    if (!positiveNumber(perMinute) || !positiveNumber(perHour))
      return bad(c, "perMinute and perHour must be positive numbers");
    if (!positiveNumber(windowSeconds) || windowSeconds > 60)
      return bad(c, "windowSeconds must be a number in (0, 60]");
    state.limiter.limits = {
      perMinute: Math.floor(perMinute),
      perHour: Math.floor(perHour),
      windowSeconds,
    };
    return c.body(null, 204);
  });

  app.post("/__sim/sessions/revoke", async (c) => {
    const body = await jsonBody(c);
    const user = typeof body.user === "string" ? findUser(body.user) : undefined;
    if (!user) return bad(c, "user must be one of editor, viewer, mixed");
    await state.identity.revokeUser(user.key);
    return c.body(null, 204);
  });

  app.post("/__sim/token-ttl", async (c) => {
    const body = await jsonBody(c);
    if (!positiveNumber(body.seconds)) return bad(c, "seconds must be a positive number");
    state.identity.setAccessTokenTtl(Math.floor(body.seconds));
    return c.body(null, 204);
  });
}
