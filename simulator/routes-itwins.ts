import type { Hono } from "hono";
import { iTwinView, wantsRepresentation } from "./imodel-view";
import { CANNOT_GET_ITWINS, matchesITwinQuery, parseITwinQuery, skipPage } from "./itwin-query";
import type { ITwinRecord } from "./models";
import { isITwinMember } from "./permissions";
import { sendError } from "./responses";
import { originOf, type ApiContext, type ApiEnv, type SimState } from "./sim-state";

/** A list of iTwins the caller is a member of, filtered, paged with `$skip`. */
export function listITwins(
  c: ApiContext,
  path: string,
  candidates: readonly ITwinRecord[],
): Response {
  const q = new URL(c.req.url).searchParams;
  const parsed = parseITwinQuery(q);
  if (!parsed.ok)
    return sendError(c, 422, "InvalidiTwinsRequest", CANNOT_GET_ITWINS, parsed.details);
  const { user } = c.get("caller");
  const mine = candidates.filter(
    (t) => isITwinMember(user, t.id) && matchesITwinQuery(t, parsed.value),
  );
  const result = skipPage(mine, parsed.value, `${originOf(c)}${path}`, q);
  const full = wantsRepresentation(c.req.header("Prefer"));
  return c.json({ iTwins: result.items.map((t) => iTwinView(t, full)), _links: result.links });
}

/** GET /itwins: the caller's iTwins (iTwins API v1). */
export function registerITwinRoutes(app: Hono<ApiEnv>, state: SimState): void {
  app.get("/itwins", (c) => listITwins(c, "/itwins", state.store.itwins));
}
