import type { Extent, IModelRecord } from "./models";
import { SEED_ITWINS } from "./seed-itwins";

const CREATOR = "42101fba-847a-4f4e-85a8-a4bed89065e4";

export function box(south: number, west: number, north: number, east: number): Extent {
  return {
    southWest: { latitude: south, longitude: west },
    northEast: { latitude: north, longitude: east },
  };
}

function dataCenterOf(iTwinId: string): string {
  return SEED_ITWINS.find((t) => t.id === iTwinId)?.dataCenterLocation ?? "East US";
}

type Special = Partial<IModelRecord> &
  Pick<IModelRecord, "id" | "iTwinId" | "name" | "createdDateTime">;

export function record(fields: Special): IModelRecord {
  return {
    description: null,
    state: "initialized",
    lastChangesetPushDateTime: fields.createdDateTime,
    isSecured: false,
    extent: null,
    containersEnabled: 0,
    dataCenterLocation: dataCenterOf(fields.iTwinId),
    creatorId: CREATOR,
    ...fields,
  };
}
