import type { Hono } from "hono";
import { MESSAGES, type ErrorDetail } from "./errors";
import { PEOPLE, type ChangesetRecord, type NamedVersionRecord } from "./history";
import { wantsRepresentation } from "./imodel-view";
import type { IModelRecord } from "./models";
import { page, parsePageRequest } from "./paging";
import { canView, isITwinMember } from "./permissions";
import { sendError } from "./responses";
import { unprocessable } from "./routes-imodels";
import { originOf, type ApiContext, type ApiEnv, type SimState } from "./sim-state";

const CANNOT_LIST_CHANGESETS = "Cannot get Changesets.";
const CANNOT_LIST_VERSIONS = "Cannot get Named Versions.";
const USER_NOT_FOUND = "Requested User is not available.";

/**
 * 404 when the iModel is unknown or its iTwin is not the caller's; 403 when a member of the
 * iTwin lacks imodels_webview on it (a secured iModel without a role there).
 */
function readable(state: SimState, c: ApiContext): IModelRecord | Response {
  const imodel = state.store.getIModel(c.req.param("id") ?? "");
  const { user } = c.get("caller");
  if (!imodel || !isITwinMember(user, imodel.iTwinId))
    return sendError(c, 404, "iModelNotFound", MESSAGES.iModelNotFound);
  if (!canView(user, imodel))
    return sendError(c, 403, "InsufficientPermissions", MESSAGES.insufficientPermissions);
  return imodel;
}

/** `$orderBy` of one field, asc (the default) or desc. */
function direction(raw: string | null, field: string): "asc" | "desc" | undefined {
  if (raw === null) return "asc";
  const match = new RegExp(`^${field}(?:\\s+(asc|desc))?$`, "i").exec(
    raw.trim().replace(/\s+/g, " "),
  );
  return match ? ((match[1]?.toLowerCase() ?? "asc") as "asc" | "desc") : undefined;
}

function listOf<T>(
  c: ApiContext,
  imodel: IModelRecord,
  options: { items: readonly T[]; field: string; resource: string; failure: string },
): { items: T[]; links: ReturnType<typeof page>["links"] } | Response {
  const q = new URL(c.req.url).searchParams;
  const details: ErrorDetail[] = [];
  const order = direction(q.get("$orderBy"), options.field);
  if (!order) {
    details.push({
      code: "InvalidValue",
      message: `Provided '$orderBy' value is not valid. Valid values are '${options.field} asc' and '${options.field} desc'.`,
      target: "$orderBy",
    });
  }
  const queryKey = JSON.stringify([options.resource, imodel.id, order]);
  const paging = parsePageRequest(q, queryKey);
  if (!paging.ok) details.push(paging.detail);
  if (!order || !paging.ok) return unprocessable(c, options.failure, details);
  const sorted = order === "desc" ? [...options.items].reverse() : options.items;
  const base = new URLSearchParams();
  const rawOrder = q.get("$orderBy");
  if (rawOrder !== null) base.set("$orderBy", rawOrder);
  const url = `${originOf(c)}/imodels/${imodel.id}/${options.resource}`;
  return page(sorted, paging.value, url, base, queryKey);
}

function changesetView(
  cs: ChangesetRecord,
  imodel: IModelRecord,
  origin: string,
  full: boolean,
  versionOf: Map<number, NamedVersionRecord>,
) {
  const self = `${origin}/imodels/${imodel.id}`;
  const minimal = {
    id: cs.id,
    displayName: String(cs.index),
    description: cs.description,
    index: cs.index,
    parentId: cs.parentId,
    creatorId: cs.creatorId,
    pushDateTime: cs.pushDateTime,
    state: "fileUploaded",
    containingChanges: cs.containingChanges,
    fileSize: cs.fileSize,
    briefcaseId: cs.briefcaseId,
    groupId: null,
    _links: {
      self: { href: `${self}/changesets/${cs.index}` },
      creator: { href: `${self}/users/${cs.creatorId}` },
    },
  };
  if (!full) return minimal;
  const version = versionOf.get(cs.index);
  return {
    ...minimal,
    application: { id: "imodel-bridge-service", name: "iTwin Synchronizer" },
    synchronizationInfo: null,
    _links: {
      ...minimal._links,
      namedVersion: version ? { href: `${self}/namedversions/${version.id}` } : null,
      currentOrPrecedingCheckpoint: null,
      download: null,
    },
  };
}

function namedVersionView(
  v: NamedVersionRecord,
  imodel: IModelRecord,
  origin: string,
  full: boolean,
) {
  const minimal = {
    id: v.id,
    displayName: v.name,
    changesetId: v.changesetId,
    changesetIndex: v.changesetIndex,
  };
  if (!full) return minimal;
  const self = `${origin}/imodels/${imodel.id}`;
  return {
    ...minimal,
    name: v.name,
    description: v.description,
    createdDateTime: v.createdDateTime,
    state: v.state,
    application: { id: "imodel-admin", name: "iModel Admin" },
    _links: {
      creator: { href: `${self}/users/${v.creatorId}` },
      changeset: { href: `${self}/changesets/${v.changesetIndex}` },
    },
  };
}

function listChangesets(state: SimState, c: ApiContext): Response {
  const imodel = readable(state, c);
  if (imodel instanceof Response) return imodel;
  const history = state.store.history.of(imodel);
  const listed = listOf(c, imodel, {
    items: history.changesets,
    field: "index",
    resource: "changesets",
    failure: CANNOT_LIST_CHANGESETS,
  });
  if (listed instanceof Response) return listed;
  const origin = originOf(c);
  const full = wantsRepresentation(c.req.header("Prefer"));
  const versionOf = new Map(history.namedVersions.map((v) => [v.changesetIndex, v]));
  return c.json({
    changesets: listed.items.map((cs) => changesetView(cs, imodel, origin, full, versionOf)),
    _links: listed.links,
  });
}

function listNamedVersions(state: SimState, c: ApiContext): Response {
  const imodel = readable(state, c);
  if (imodel instanceof Response) return imodel;
  const listed = listOf(c, imodel, {
    items: state.store.history.of(imodel).namedVersions,
    field: "changesetIndex",
    resource: "namedversions",
    failure: CANNOT_LIST_VERSIONS,
  });
  if (listed instanceof Response) return listed;
  const origin = originOf(c);
  const full = wantsRepresentation(c.req.header("Prefer"));
  return c.json({
    namedVersions: listed.items.map((v) => namedVersionView(v, imodel, origin, full)),
    _links: listed.links,
  });
}

/** A user of the iModel: its creator or anyone who pushed to it or named a version of it. */
function getUser(state: SimState, c: ApiContext): Response {
  const imodel = readable(state, c);
  if (imodel instanceof Response) return imodel;
  const userId = (c.req.param("userId") ?? "").toLowerCase();
  const history = state.store.history.of(imodel);
  const pushed = history.changesets.filter((cs) => cs.creatorId === userId);
  const versions = history.namedVersions.filter((v) => v.creatorId === userId);
  const person = PEOPLE.find((p) => p.id === userId);
  if (!person || (imodel.creatorId !== userId && pushed.length === 0 && versions.length === 0))
    return sendError(c, 404, "UserNotFound", USER_NOT_FOUND);
  return c.json({
    user: {
      id: person.id,
      displayName: `${person.givenName} ${person.surname}`,
      givenName: person.givenName,
      surname: person.surname,
      email: person.email,
      statistics: {
        pushedChangesetsCount: pushed.length,
        lastChangesetPushDate: pushed.at(-1)?.pushDateTime ?? null,
        createdVersionsCount: versions.length,
        briefcasesCount: new Set(pushed.map((cs) => cs.briefcaseId)).size,
        applications: [],
      },
      _links: { self: { href: `${originOf(c)}/imodels/${imodel.id}/users/${person.id}` } },
    },
  });
}

/** GET /imodels/{id}/changesets, /namedversions and /users/{userId}: read only. */
export function registerHistoryRoutes(app: Hono<ApiEnv>, state: SimState): void {
  app.get("/imodels/:id/changesets", (c) => listChangesets(state, c));
  app.get("/imodels/:id/namedversions", (c) => listNamedVersions(state, c));
  app.get("/imodels/:id/users/:userId", (c) => getUser(state, c));
}
