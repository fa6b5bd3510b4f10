import type { IModelRecord, ITwinRecord } from "./models";

/** The iModel as the service sends it (`Prefer: return=representation` and single gets). */
export function fullIModel(m: IModelRecord, origin: string) {
  const self = `${origin}/imodels/${m.id}`;
  return {
    id: m.id,
    displayName: m.name,
    dataCenterLocation: m.dataCenterLocation,
    name: m.name,
    description: m.description,
    state: m.state,
    createdDateTime: m.createdDateTime,
    lastChangesetPushDateTime: m.lastChangesetPushDateTime,
    iTwinId: m.iTwinId,
    isSecured: m.isSecured,
    extent: m.extent,
    containersEnabled: m.containersEnabled,
    _links: {
      creator: { href: `${self}/users/${m.creatorId}` },
      changesets: { href: `${self}/changesets` },
      namedVersions: { href: `${self}/namedversions` },
    },
  };
}

/** `Prefer: return=minimal` (the default for lists). */
export function minimalIModel(m: IModelRecord) {
  return { id: m.id, displayName: m.name };
}

export function wantsRepresentation(prefer: string | undefined): boolean {
  return /return\s*=\s*representation/i.test(prefer ?? "");
}

export function iTwinView(t: ITwinRecord, representation: boolean) {
  const minimal = {
    id: t.id,
    class: "Endeavor",
    subClass: t.subClass,
    type: null,
    number: t.number,
    displayName: t.displayName,
    status: t.status,
  };
  if (!representation) return minimal;
  return {
    ...minimal,
    dataCenterLocation: t.dataCenterLocation,
    timeZone: null,
    ianaTimeZone: t.ianaTimeZone,
    geographicLocation: t.geographicLocation,
    latitude: t.latitude,
    longitude: t.longitude,
    imageName: null,
    image: null,
    createdDateTime: t.createdDateTime,
    createdBy: "42101fba-847a-4f4e-85a8-a4bed89065e4",
    lastModifiedDateTime: t.createdDateTime,
    lastModifiedBy: "42101fba-847a-4f4e-85a8-a4bed89065e4",
    parentId: null,
    iTwinAccountId: "0f3b2a1c-9d8e-4f7a-b6c5-d4e3f2a1b0c9",
  };
}
