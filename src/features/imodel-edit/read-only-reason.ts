/**
 * Why the form is read-only, in words, at the top of the form; null when it can be edited or
 * when a page banner already says why (a refused save, unreadable permissions).
 */

export type PermissionState = "loading" | "manage" | "view" | "error";

export const ROLE_READ_ONLY =
  "You can view this iModel but not edit it: your role in this iTwin lets you view its iModels, and editing needs the imodels_manage permission.";
export const SECURED_READ_ONLY =
  "You can view this iModel but not edit it: it has permissions of its own, which let you view it only. Editing needs imodels_manage on this iModel.";
export const NOT_INITIALIZED_READ_ONLY =
  "Read-only until this iModel is ready: its first file is still being processed. This page updates by itself once it is.";

export function readOnlyReason(input: {
  permissions: PermissionState;
  isSecured: boolean;
  notInitialized: boolean;
  forbidden: boolean;
}): string | null {
  if (input.forbidden || input.permissions === "error") return null;
  if (input.permissions === "view") return input.isSecured ? SECURED_READ_ONLY : ROLE_READ_ONLY;
  // Said even while permissions load: the page already knows the iModel cannot change.
  if (input.notInitialized) return NOT_INITIALIZED_READ_ONLY;
  return null;
}
