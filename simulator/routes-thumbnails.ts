import type { Hono } from "hono";
import { MESSAGES } from "./errors";
import type { IModelRecord } from "./models";
import { canManage, canView } from "./permissions";
import { isJpeg, isPng } from "./png";
import { sendError } from "./responses";
import { unprocessable } from "./routes-imodels";
import type { ApiContext, ApiEnv, SimState } from "./sim-state";
import type { StoredThumbnail, ThumbnailSize } from "./thumbnails";

export const MAX_THUMBNAIL_BYTES = 5 * 1024 * 1024;
/** (unconfirmed) The spec allows 413 or 422 for an image over 5 MB: one place to change it. */
export const TOO_LARGE = {
  status: 413,
  code: "PayloadTooLarge",
  message: "The image is larger than the allowed 5 MB.",
} as const;
const CANNOT_UPLOAD = "Cannot upload thumbnail.";
const TYPES = { "image/png": isPng, "image/jpeg": isJpeg } as const;

function viewable(state: SimState, c: ApiContext): IModelRecord | undefined {
  const imodel = state.store.getIModel(c.req.param("id") ?? "");
  return imodel && canView(c.get("caller").user, imodel) ? imodel : undefined;
}

function mediaType(header: string | undefined): string {
  return (header ?? "").split(";")[0].trim().toLowerCase();
}

function download(state: SimState, c: ApiContext): Response {
  const imodel = viewable(state, c);
  if (!imodel) return sendError(c, 404, "iModelNotFound", MESSAGES.iModelNotFound);
  const size = (c.req.query("size") ?? "small").toLowerCase();
  if (size !== "small" && size !== "large") {
    return unprocessable(c, "Cannot download thumbnail.", [
      {
        code: "InvalidValue",
        message: "Provided 'size' value is not valid. Valid values are 'small' and 'large'.",
        target: "size",
      },
    ]);
  }
  const picture = state.store.thumbnails.get(imodel.id, size as ThumbnailSize);
  c.header("Content-Type", picture.contentType);
  return c.body(new Uint8Array(picture.bytes), 200);
}

/** Checks in the order the metadata PATCH uses: 404, 403, 415, then the body (413, 422). */
async function upload(state: SimState, c: ApiContext): Promise<Response> {
  const imodel = viewable(state, c);
  if (!imodel) return sendError(c, 404, "iModelNotFound", MESSAGES.iModelNotFound);
  if (!canManage(c.get("caller").user, imodel))
    return sendError(c, 403, "InsufficientPermissions", MESSAGES.insufficientPermissions);
  const type = mediaType(c.req.header("Content-Type"));
  if (type !== "image/png" && type !== "image/jpeg")
    return sendError(c, 415, "UnsupportedMediaType", MESSAGES.unsupportedMediaType);
  const bytes = new Uint8Array(await c.req.arrayBuffer());
  if (bytes.byteLength > MAX_THUMBNAIL_BYTES)
    return sendError(c, TOO_LARGE.status, TOO_LARGE.code, TOO_LARGE.message);
  if (!TYPES[type](bytes)) {
    return unprocessable(c, CANNOT_UPLOAD, [
      {
        code: "InvalidThumbnail",
        message: `The request body is not a valid ${type === "image/png" ? "PNG" : "JPEG"} image.`,
      },
    ]);
  }
  const stored: StoredThumbnail = { contentType: type, bytes };
  state.store.thumbnails.put(imodel.id, stored);
  return c.body(null, 204);
}

/** GET and PUT /imodels/{id}/thumbnail. */
export function registerThumbnailRoutes(app: Hono<ApiEnv>, state: SimState): void {
  app.get("/imodels/:id/thumbnail", (c) => download(state, c));
  app.put("/imodels/:id/thumbnail", (c) => upload(state, c));
}
