import type { IModel } from "./imodels";

/** An iModel for unit tests: initialized, no description or extent, its name its id unless given. */
export function testIModel(id: string, fields: Partial<IModel> = {}): IModel {
  return {
    id,
    displayName: fields.name ?? id,
    name: id,
    description: null,
    state: "initialized",
    createdDateTime: "2024-01-01T00:00:00Z",
    iTwinId: "twin",
    extent: null,
    ...fields,
  };
}
