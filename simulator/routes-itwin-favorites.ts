import type { Hono } from "hono";
import { MESSAGES } from "./errors";
import type { ITwinRecord } from "./models";
import { isITwinMember } from "./permissions";
import { sendError } from "./responses";
import { listITwins } from "./routes-itwins";
import type { ApiContext, ApiEnv, SimState } from "./sim-state";

/** (unconfirmed) The spec allows 200 or 204 for adding; the stand-in answers 204, no body. */
export const ITWIN_ADDED_STATUS = 204;

/** The iTwin of the path, or the answer why not: 404 unknown, 403 not a member. */
function memberITwin(state: SimState, c: ApiContext): ITwinRecord | Response {
  const itwin = state.store.getITwin(c.req.param("id") ?? "");
  if (!itwin) return sendError(c, 404, "iTwinNotFound", MESSAGES.iTwinNotFound);
  if (!isITwinMember(c.get("caller").user, itwin.id))
    return sendError(c, 403, "InsufficientPermissions", MESSAGES.insufficientPermissions);
  return itwin;
}

function known(state: SimState, ids: Iterable<string>): ITwinRecord[] {
  return [...ids]
    .map((id) => state.store.getITwin(id))
    .filter((t): t is ITwinRecord => t !== undefined);
}

/** /itwins/favorites and /itwins/recents (per user): register before any /itwins/{id}. */
export function registerITwinFavoriteRoutes(app: Hono<ApiEnv>, state: SimState): void {
  const lists = state.store.personal;

  app.get("/itwins/favorites", (c) =>
    listITwins(c, "/itwins/favorites", known(state, lists.favoriteITwins(c.get("caller").user))),
  );
  app.post("/itwins/favorites/:id", (c) => {
    const itwin = memberITwin(state, c);
    if (itwin instanceof Response) return itwin;
    lists.favoriteITwins(c.get("caller").user).add(itwin.id);
    return c.body(null, ITWIN_ADDED_STATUS);
  });
  app.delete("/itwins/favorites/:id", (c) => {
    const itwin = memberITwin(state, c);
    if (itwin instanceof Response) return itwin;
    lists.favoriteITwins(c.get("caller").user).delete(itwin.id);
    return c.body(null, 204);
  });

  app.get("/itwins/recents", (c) =>
    listITwins(c, "/itwins/recents", known(state, lists.recentITwins(c.get("caller").user))),
  );
  app.post("/itwins/recents/:id", (c) => {
    const itwin = memberITwin(state, c);
    if (itwin instanceof Response) return itwin;
    lists.touchITwin(c.get("caller").user, itwin.id);
    return c.body(null, ITWIN_ADDED_STATUS);
  });
}
