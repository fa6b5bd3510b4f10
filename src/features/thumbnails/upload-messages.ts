import { isApiError } from "../../api/api-error";
import { MAX_THUMBNAIL_BYTES, thumbnailProblem } from "../../api/thumbnails";
import { formatCount } from "../../ui/format-number";

const MB = 1024 * 1024;
const megabytes = (bytes: number) => `${(bytes / MB).toFixed(1)} MB`;

/** Why a file is refused before any request, or undefined when it may be uploaded. */
export function refusalOf(file: File): string | undefined {
  const problem = thumbnailProblem(file);
  if (problem === "type") {
    const kind = file.type ? file.type.replace(/^image\//, "").toUpperCase() : "unknown";
    return `“${file.name}” is a ${kind} file: a thumbnail must be a PNG or JPEG picture.`;
  }
  if (problem === "size") {
    return `“${file.name}” is ${megabytes(file.size)}: a thumbnail may be at most ${formatCount(MAX_THUMBNAIL_BYTES / MB)} MB.`;
  }
  return undefined;
}

export type UploadFailure = { message: string; retryAt?: number; canRetry: boolean };

/** The service's answer to an upload, said for the person who chose the picture. */
export function uploadFailure(error: unknown, now = Date.now()): UploadFailure {
  if (!isApiError(error)) return { message: "The upload failed. Try again.", canRetry: true };
  switch (error.status) {
    case 403:
      return {
        message:
          "The service refused: replacing the thumbnail needs the imodels_manage permission on this iModel.",
        canRetry: false,
      };
    case 413:
      return {
        message: "The service refused the picture as too large (at most 5 MB).",
        canRetry: false,
      };
    case 415:
      return {
        message: "The service does not take this type of picture: use a PNG or JPEG.",
        canRetry: false,
      };
    case 422:
      return {
        message: `The service could not use this picture: ${error.message}`,
        canRetry: false,
      };
    case 429:
      return {
        message: "The iTwin Platform asked to slow down.",
        retryAt: now + (error.retryAfterMs ?? 10_000),
        canRetry: true,
      };
    case 404:
      return { message: "This iModel no longer exists.", canRetry: false };
    default:
      return { message: `The upload failed: ${error.message}`, canRetry: true };
  }
}
