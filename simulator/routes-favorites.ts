import type { Hono } from "hono";
import { MESSAGES } from "./errors";
import { fullIModel, minimalIModel, wantsRepresentation } from "./imodel-view";
import { page, parsePageRequest } from "./paging";
import { canView } from "./permissions";
import { sendError } from "./responses";
import { checkITwinId, unprocessable } from "./routes-imodels";
import { originOf, type ApiContext, type ApiEnv, type SimState } from "./sim-state";

const CANNOT_LIST = "Cannot get favorite iModels.";

function listFavorites(state: SimState, c: ApiContext): Response {
  const url = new URL(c.req.url);
  const q = url.searchParams;
  const problem = checkITwinId(q.get("iTwinId"));
  if (problem) return unprocessable(c, CANNOT_LIST, [problem]);
  const iTwinId = (q.get("iTwinId") as string).toLowerCase();
  const queryKey = JSON.stringify(["favorites", iTwinId]);
  const paging = parsePageRequest(q, queryKey);
  if (!paging.ok) return unprocessable(c, CANNOT_LIST, [paging.detail]);

  const { user } = c.get("caller");
  const favorites = state.store.listFavorites(user, iTwinId).filter((m) => canView(user, m));
  const origin = originOf(c);
  const base = new URLSearchParams({ iTwinId: q.get("iTwinId") as string });
  const result = page(favorites, paging.value, `${origin}/imodels/favorites`, base, queryKey);
  const full = wantsRepresentation(c.req.header("Prefer"));
  return c.json({
    iModels: result.items.map((m) => (full ? fullIModel(m, origin) : minimalIModel(m))),
    _links: result.links,
  });
}

/** GET /imodels/favorites, PUT and DELETE /imodels/favorites/{id}: register before /imodels/:id. */
export function registerFavoriteRoutes(app: Hono<ApiEnv>, state: SimState): void {
  app.get("/imodels/favorites", (c) => listFavorites(state, c));

  app.put("/imodels/favorites/:id", (c) => {
    const imodel = state.store.getIModel(c.req.param("id"));
    const { user } = c.get("caller");
    if (!imodel || !canView(user, imodel))
      return sendError(c, 404, "iModelNotFound", MESSAGES.iModelNotFound);
    state.store.favoriteIds(user).add(imodel.id);
    return c.body(null, 204);
  });

  app.delete("/imodels/favorites/:id", (c) => {
    const imodel = state.store.getIModel(c.req.param("id"));
    const { user } = c.get("caller");
    const favorites = state.store.favoriteIds(user);
    if (!imodel || !canView(user, imodel) || !favorites.has(imodel.id)) {
      return sendError(c, 404, "iModelNotFound", MESSAGES.iModelNotFound);
    }
    favorites.delete(imodel.id);
    return c.body(null, 204);
  });
}
