import type { Hono } from "hono";
import { MESSAGES, type ErrorDetail } from "./errors";
import { fullIModel, minimalIModel, wantsRepresentation } from "./imodel-view";
import { isJsonMediaType, parseUpdate } from "./imodel-validation";
import type { IModelState } from "./models";
import { page, parsePageRequest } from "./paging";
import { canManage, canView, effectivePermissions, isITwinMember } from "./permissions";
import { rateLimited, sendError } from "./responses";
import { originOf, type ApiContext, type ApiEnv, type SimState } from "./sim-state";
import type { OrderBy } from "./store";

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
const ORDERS: Record<string, OrderBy> = {
  name: "name asc",
  "name asc": "name asc",
  "name desc": "name desc",
  createddatetime: "createdDateTime asc",
  "createddatetime asc": "createdDateTime asc",
  "createddatetime desc": "createdDateTime desc",
};
const STATES: readonly IModelState[] = ["initialized", "notInitialized"];

function invalidValue(target: string, message: string): ErrorDetail {
  return { code: "InvalidValue", message, target };
}

export function unprocessable(c: ApiContext, message: string, details: ErrorDetail[]): Response {
  return sendError(c, 422, "InvalidiModelsRequest", message, details);
}

/** iTwinId query parameter: present and a UUID, or the 422 detail explaining why not. */
export function checkITwinId(raw: string | null): ErrorDetail | undefined {
  if (raw === null || raw === "") {
    return {
      code: "MissingRequiredParameter",
      message: "Required parameter 'iTwinId' is missing.",
      target: "iTwinId",
    };
  }
  if (!UUID.test(raw))
    return invalidValue(
      "iTwinId",
      "Provided 'iTwinId' value is not valid. The value must be a GUID.",
    );
  return undefined;
}

function listIModels(state: SimState, c: ApiContext): Response {
  const url = new URL(c.req.url);
  const q = url.searchParams;
  const details: ErrorDetail[] = [];
  const iTwinProblem = checkITwinId(q.get("iTwinId"));
  if (iTwinProblem) details.push(iTwinProblem);
  const rawOrder = q.get("$orderBy");
  const orderBy =
    rawOrder === null ? undefined : ORDERS[rawOrder.trim().replace(/\s+/g, " ").toLowerCase()];
  if (rawOrder !== null && !orderBy) {
    details.push(
      invalidValue(
        "$orderBy",
        "Provided '$orderBy' value is not valid. Valid values are 'name asc', 'name desc', 'createdDateTime asc' and 'createdDateTime desc'.",
      ),
    );
  }
  const rawState = q.get("state");
  if (rawState !== null && !STATES.includes(rawState as IModelState)) {
    details.push(
      invalidValue(
        "state",
        "Provided 'state' value is not valid. Valid values are 'initialized' and 'notInitialized'.",
      ),
    );
  }
  const iTwinId = (q.get("iTwinId") ?? "").toLowerCase();
  const filter = {
    search: q.get("$search") ?? undefined,
    name: q.get("name") ?? undefined,
    state: (rawState ?? undefined) as IModelState | undefined,
    orderBy,
  };
  const queryKey = JSON.stringify(["imodels", iTwinId, filter]);
  const paging = parsePageRequest(q, queryKey);
  if (!paging.ok) details.push(paging.detail);
  if (details.length || !paging.ok) return unprocessable(c, MESSAGES.cannotList, details);

  const { user } = c.get("caller");
  if (!state.store.getITwin(iTwinId) || !isITwinMember(user, iTwinId)) {
    return sendError(c, 404, "iTwinNotFound", MESSAGES.iTwinNotFound);
  }
  const visible = state.store.listIModels(iTwinId, filter).filter((m) => canView(user, m));
  const base = new URLSearchParams();
  for (const key of ["iTwinId", "$search", "name", "state", "$orderBy"]) {
    const value = q.get(key);
    if (value !== null) base.set(key, value);
  }
  const origin = originOf(c);
  const result = page(visible, paging.value, `${origin}/imodels`, base, queryKey);
  const full = wantsRepresentation(c.req.header("Prefer"));
  return c.json({
    iModels: result.items.map((m) => (full ? fullIModel(m, origin) : minimalIModel(m))),
    _links: result.links,
  });
}

function findViewable(state: SimState, c: ApiContext) {
  const imodel = state.store.getIModel(c.req.param("id") ?? "");
  return imodel && canView(c.get("caller").user, imodel) ? imodel : undefined;
}

async function updateIModel(state: SimState, c: ApiContext): Promise<Response> {
  const imodel = findViewable(state, c);
  if (!imodel) return sendError(c, 404, "iModelNotFound", MESSAGES.iModelNotFound);
  if (!canManage(c.get("caller").user, imodel)) {
    return sendError(c, 403, "InsufficientPermissions", MESSAGES.insufficientPermissions);
  }
  if (!isJsonMediaType(c.req.header("Content-Type"))) {
    return sendError(c, 415, "UnsupportedMediaType", MESSAGES.unsupportedMediaType);
  }
  const parsed = parseUpdate(await c.req.text());
  if (!parsed.ok) return unprocessable(c, MESSAGES.cannotUpdate, parsed.details);
  const { changes } = parsed;
  if (
    changes.name !== undefined &&
    state.store.nameTaken(imodel.iTwinId, changes.name, imodel.id)
  ) {
    return sendError(c, 409, "iModelExists", MESSAGES.iModelExists);
  }
  if (imodel.state === "notInitialized") {
    return sendError(c, 409, "iModelExists", MESSAGES.notInitialized);
  }
  const refused = rateLimited(c, (id) => state.limiter.take(id), "TooManyRequests");
  if (refused) return refused;
  const updated = state.store.updateIModel(imodel.id, changes);
  return c.json({ iModel: fullIModel(updated, originOf(c)) });
}

/** GET /imodels, GET /imodels/{id}, GET /imodels/{id}/permissions, PATCH /imodels/{id}. */
export function registerIModelRoutes(app: Hono<ApiEnv>, state: SimState): void {
  app.get("/imodels", (c) => listIModels(state, c));
  app.get("/imodels/:id", (c) => {
    const imodel = findViewable(state, c);
    if (!imodel) return sendError(c, 404, "iModelNotFound", MESSAGES.iModelNotFound);
    return c.json({ iModel: fullIModel(imodel, originOf(c)) });
  });
  app.get("/imodels/:id/permissions", (c) => {
    const imodel = findViewable(state, c);
    if (!imodel) return sendError(c, 404, "iModelNotFound", MESSAGES.iModelNotFound);
    return c.json({ permissions: [...effectivePermissions(c.get("caller").user, imodel)] });
  });
  app.patch("/imodels/:id", (c) => updateIModel(state, c));
}
