/** The stand-in's stored shapes (the wire shapes are built from them in imodel-view.ts). */

export interface Point {
  latitude: number;
  longitude: number;
}

export interface Extent {
  southWest: Point;
  northEast: Point;
}

export type IModelState = "initialized" | "notInitialized";

export interface IModelRecord {
  readonly id: string;
  readonly iTwinId: string;
  readonly name: string;
  readonly description: string | null;
  readonly state: IModelState;
  readonly createdDateTime: string;
  readonly lastChangesetPushDateTime: string | null;
  readonly isSecured: boolean;
  readonly extent: Extent | null;
  readonly containersEnabled: number;
  readonly dataCenterLocation: string;
  readonly creatorId: string;
}

export interface ITwinRecord {
  readonly id: string;
  readonly displayName: string;
  readonly number: string;
  readonly subClass: "Project" | "Asset";
  readonly status: "Active" | "Inactive" | "Trial";
  readonly dataCenterLocation: string;
  readonly createdDateTime: string;
  readonly ianaTimeZone: string;
  /** Nullable on the service since 2024-10. */
  readonly latitude: number | null;
  readonly longitude: number | null;
  /** A place name. */
  readonly geographicLocation: string | null;
}

export type Permission = "imodels_webview" | "imodels_read" | "imodels_write" | "imodels_manage";

export const MANAGE: readonly Permission[] = [
  "imodels_webview",
  "imodels_read",
  "imodels_write",
  "imodels_manage",
];
export const READ: readonly Permission[] = ["imodels_webview", "imodels_read"];
export const WEBVIEW: readonly Permission[] = ["imodels_webview"];
