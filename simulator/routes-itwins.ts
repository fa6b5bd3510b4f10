import type { Hono } from "hono";
import { iTwinView, wantsRepresentation } from "./imodel-view";
import { queryString } from "./paging";
import { isITwinMember } from "./permissions";
import { sendError } from "./responses";
import { originOf, type ApiEnv, type SimState } from "./sim-state";

const DEFAULT_TOP = 1000;

/** GET /itwins: the caller's iTwins (iTwins API v1; it still pages with $skip). */
export function registerITwinRoutes(app: Hono<ApiEnv>, state: SimState): void {
  app.get("/itwins", (c) => {
    const q = new URL(c.req.url).searchParams;
    const top = q.has("$top") ? Number(q.get("$top")) : DEFAULT_TOP;
    const skip = q.has("$skip") ? Number(q.get("$skip")) : 0;
    if (!Number.isInteger(top) || top < 1 || top > 1000 || !Number.isInteger(skip) || skip < 0) {
      return sendError(c, 422, "InvalidiTwinsRequest", "Cannot get iTwins.", [
        {
          code: "InvalidValue",
          message: "Provided '$top' or '$skip' value is not valid.",
          target: Number.isInteger(top) && top >= 1 && top <= 1000 ? "$skip" : "$top",
        },
      ]);
    }
    const subClass = q.get("subClass");
    const search = q.get("$search")?.toLowerCase();
    const { user } = c.get("caller");
    const mine = state.store.itwins.filter(
      (t) =>
        isITwinMember(user, t.id) &&
        (!subClass || t.subClass.toLowerCase() === subClass.toLowerCase()) &&
        (!search ||
          t.displayName.toLowerCase().includes(search) ||
          t.number.toLowerCase().includes(search)),
    );
    const href = (at: number) => {
      const params = new URLSearchParams(q);
      params.set("$top", String(top));
      params.set("$skip", String(at));
      return { href: `${originOf(c)}/itwins?${queryString(params)}` };
    };
    const full = wantsRepresentation(c.req.header("Prefer"));
    return c.json({
      iTwins: mine.slice(skip, skip + top).map((t) => iTwinView(t, full)),
      _links: {
        self: href(skip),
        prev: skip > 0 ? href(Math.max(0, skip - top)) : null,
        next: skip + top < mine.length ? href(skip + top) : null,
      },
    });
  });
}
