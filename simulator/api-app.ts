import { Hono } from "hono";
import { compress } from "hono/compress";
import { injectFaults, limitRate, logRequests, requireToken } from "./api-middleware";
import { registerControlRoutes } from "./control-routes";
import { apiCors } from "./cors";
import { MESSAGES } from "./errors";
import { sendError } from "./responses";
import { registerHistoryRoutes } from "./routes-history";
import { registerFavoriteRoutes } from "./routes-favorites";
import { registerGeocoderRoutes } from "./routes-geocoder";
import { registerIModelRecentRoutes } from "./routes-imodel-recents";
import { registerITwinFavoriteRoutes } from "./routes-itwin-favorites";
import { registerIModelRoutes } from "./routes-imodels";
import { registerITwinRoutes } from "./routes-itwins";
import { registerThumbnailRoutes } from "./routes-thumbnails";
import type { ApiEnv, SimState } from "./sim-state";

/**
 * The stand-in's iTwin Platform API. Order: CORS, compression (as a real API gzips its JSON), request log, faults, control API (no
 * token), geocoder (open, as Nominatim is), token check, rate limiter, then the operations of the spec.
 */
export function createApiApp(state: SimState, quiet = true): Hono<ApiEnv> {
  // Not strict: `/imodels/?iTwinId=` is `/imodels?iTwinId=` (Bentley's own components call it so).
  const app = new Hono<ApiEnv>({ strict: false });
  app.use("*", apiCors(state.appOrigins));
  app.use("*", compress());
  app.use("*", logRequests(state));
  app.use("*", injectFaults(state));
  registerControlRoutes(app, state);
  registerGeocoderRoutes(app);
  app.use("*", requireToken(state));
  app.use("*", limitRate(state));
  registerITwinFavoriteRoutes(app, state);
  registerITwinRoutes(app, state);
  registerFavoriteRoutes(app, state);
  registerIModelRecentRoutes(app, state);
  registerThumbnailRoutes(app, state);
  registerHistoryRoutes(app, state);
  registerIModelRoutes(app, state);
  app.notFound((c) => sendError(c, 404, "ResourceNotFound", MESSAGES.routeNotFound));
  app.onError((error, c) => {
    if (!quiet) console.error("[simulator] API error:", error);
    return sendError(c, 500, "InternalServerError", MESSAGES.internal);
  });
  return app;
}
