import { MANAGE, READ, WEBVIEW, type IModelRecord, type Permission } from "./models";
import { SEED } from "./seed-ids";

type Roles = Partial<Record<string, readonly Permission[]>>;

const DEFAULT_ITWIN_ROLES: Roles = { editor: MANAGE, viewer: WEBVIEW, mixed: READ };

/** iTwin-level roles that differ from the default. */
const ITWIN_ROLES: Partial<Record<string, Roles>> = {
  [SEED.itwins.harborBridge]: { ...DEFAULT_ITWIN_ROLES, mixed: MANAGE },
  [SEED.itwins.oldMillInactive]: { editor: MANAGE, mixed: READ },
};

/** iModel-level roles: exactly the iModels seeded with `isSecured: true`. */
const IMODEL_ROLES: Partial<Record<string, Roles>> = {
  [SEED.imodels.harborSecured]: { editor: MANAGE, viewer: WEBVIEW, mixed: WEBVIEW },
  [SEED.imodels.metroRestricted]: { editor: MANAGE, mixed: READ },
};

export function iTwinPermissions(user: string, iTwinId: string): readonly Permission[] {
  return (ITWIN_ROLES[iTwinId] ?? DEFAULT_ITWIN_ROLES)[user] ?? [];
}

export function isITwinMember(user: string, iTwinId: string): boolean {
  return iTwinPermissions(user, iTwinId).length > 0;
}

/**
 * Effective permissions: iModel level where configured (and then the user also needs at
 * least imodels_webview on the iTwin), else iTwin level.
 */
export function effectivePermissions(user: string, imodel: IModelRecord): readonly Permission[] {
  const atITwin = iTwinPermissions(user, imodel.iTwinId);
  const roles = imodel.isSecured ? IMODEL_ROLES[imodel.id] : undefined;
  if (!roles) return atITwin;
  if (!atITwin.includes("imodels_webview")) return [];
  return roles[user] ?? [];
}

export function canView(user: string, imodel: IModelRecord): boolean {
  return effectivePermissions(user, imodel).includes("imodels_webview");
}

export function canManage(user: string, imodel: IModelRecord): boolean {
  return effectivePermissions(user, imodel).includes("imodels_manage");
}
