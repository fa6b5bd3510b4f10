import { describeError } from "../../api/describe-error";

export const RATE_LIMITED_MESSAGE =
  "Rate limited — your star will be saved when the iTwin Platform allows";

/** Why a star went back, in words the user can act on. */
export function rollbackMessage(name: string, favorite: boolean, error: unknown): string {
  const reason = describeError(error).trim().replace(/\.$/, "");
  return favorite
    ? `Could not add ${name} to favorites: ${reason}. The star was put back.`
    : `Could not remove ${name} from favorites: ${reason}. The star was put back.`;
}
