import type { Hono } from "hono";
import { MESSAGES } from "./errors";
import { fullIModel, minimalIModel, wantsRepresentation } from "./imodel-view";
import type { IModelRecord } from "./models";
import { page, parsePageRequest } from "./paging";
import { canView } from "./permissions";
import { sendError } from "./responses";
import { checkITwinId, unprocessable } from "./routes-imodels";
import { originOf, type ApiContext, type ApiEnv, type SimState } from "./sim-state";

const CANNOT_LIST = "Cannot get recent iModels.";

function listRecents(state: SimState, c: ApiContext): Response {
  const q = new URL(c.req.url).searchParams;
  const problem = checkITwinId(q.get("iTwinId"));
  if (problem) return unprocessable(c, CANNOT_LIST, [problem]);
  const iTwinId = (q.get("iTwinId") as string).toLowerCase();
  const queryKey = JSON.stringify(["recents", iTwinId]);
  const paging = parsePageRequest(q, queryKey);
  if (!paging.ok) return unprocessable(c, CANNOT_LIST, [paging.detail]);

  const { user } = c.get("caller");
  const recents = state.store.personal
    .recentIModels(user, iTwinId)
    .map((id) => state.store.getIModel(id))
    .filter((m): m is IModelRecord => m !== undefined && canView(user, m));
  const origin = originOf(c);
  const base = new URLSearchParams({ iTwinId: q.get("iTwinId") as string });
  const result = page(recents, paging.value, `${origin}/imodels/recents`, base, queryKey);
  const full = wantsRepresentation(c.req.header("Prefer"));
  return c.json({
    iModels: result.items.map((m) => (full ? fullIModel(m, origin) : minimalIModel(m))),
    _links: result.links,
  });
}

function viewable(state: SimState, c: ApiContext): IModelRecord | undefined {
  const imodel = state.store.getIModel(c.req.param("id") ?? "");
  return imodel && canView(c.get("caller").user, imodel) ? imodel : undefined;
}

/** GET /imodels/recents, POST and DELETE /imodels/recents/{id}: register before /imodels/:id. */
export function registerIModelRecentRoutes(app: Hono<ApiEnv>, state: SimState): void {
  app.get("/imodels/recents", (c) => listRecents(state, c));

  app.post("/imodels/recents/:id", (c) => {
    const imodel = viewable(state, c);
    if (!imodel) return sendError(c, 404, "iModelNotFound", MESSAGES.iModelNotFound);
    state.store.personal.touchIModel(c.get("caller").user, imodel.iTwinId, imodel.id);
    return c.body(null, 204);
  });

  // Removing an iModel that is not among the recents is still 204: what the caller wants is true.
  app.delete("/imodels/recents/:id", (c) => {
    const imodel = viewable(state, c);
    if (!imodel) return sendError(c, 404, "iModelNotFound", MESSAGES.iModelNotFound);
    state.store.personal.forgetIModel(c.get("caller").user, imodel.iTwinId, imodel.id);
    return c.body(null, 204);
  });
}
