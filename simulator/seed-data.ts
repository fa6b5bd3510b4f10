import { largeCampusIModels } from "./large-portfolio";
import type { IModelRecord } from "./models";
import { SEED } from "./seed-ids";
import { fillerIModels } from "./seed-filler";
import { box, record } from "./seed-record";

const I = SEED.itwins;
const M = SEED.imodels;

function exactly255(base: string): string {
  let text = base;
  while (text.length < 255) text += ` ${base}`;
  text = text.slice(0, 255);
  return text.endsWith(" ") ? `${text.slice(0, 254)}X` : text;
}

export const LONG_NAME = exactly255(
  "Sun City Photovoltaic Array Block A-17 East Field Inverter Station Cable Routing and Earthing Layout",
);

export const HTML_DESCRIPTION = `Pump house <img src=x onerror=alert(1)> & "quoted" <script>alert('x')</script> <b>bold?</b> &amp; a <a href="javascript:alert(2)">link</a>`;

const SPECIALS: readonly IModelRecord[] = [
  record({
    id: M.sunCityPlant,
    iTwinId: I.sunCity,
    name: "Sun City Renewable-energy Plant",
    description: "Overall model of wind and solar farms in Sun City",
    createdDateTime: "2020-10-20T10:51:33.1700000Z",
    lastChangesetPushDateTime: "2024-05-02T14:03:11.4200000Z",
    dataCenterLocation: "East US",
    extent: box(46.13267702834806, 7.672120009938448, 46.302763954781234, 7.835541640797823),
  }),
  record({
    id: M.sunCityWindFarm,
    iTwinId: I.sunCity,
    name: "Sun City Wind Farm",
    description: "Turbine foundations, access roads and collector cables",
    createdDateTime: "2021-02-11T09:12:45.0000000Z",
    extent: box(46.2, 7.7, 46.26, 7.79),
  }),
  record({
    id: M.notInitialized,
    iTwinId: I.sunCity,
    name: "Sun City Battery Storage (importing)",
    description: "Created, waiting for its first file to be processed",
    state: "notInitialized",
    createdDateTime: "2025-03-01T12:00:00.0000000Z",
    lastChangesetPushDateTime: null,
  }),
  record({
    id: M.noExtent,
    iTwinId: I.sunCity,
    name: "Sun City Substation",
    description: "132 kV substation; no extent set yet",
    createdDateTime: "2021-07-19T16:20:05.5000000Z",
    extent: null,
  }),
  record({
    id: M.nullDescription,
    iTwinId: I.sunCity,
    name: "Sun City Control Building",
    description: null,
    createdDateTime: "2022-09-09T09:09:09.0000000Z",
    extent: box(46.21, 7.74, 46.212, 7.743),
  }),
  record({
    id: M.longName,
    iTwinId: I.sunCity,
    name: LONG_NAME,
    description: "Its name is exactly 255 characters long",
    createdDateTime: "2023-01-05T10:00:00.0000000Z",
    extent: box(46.15, 7.68, 46.17, 7.71),
  }),
  record({
    id: M.htmlDescription,
    iTwinId: I.harborBridge,
    name: "Harbor Bridge Pump House",
    description: HTML_DESCRIPTION,
    createdDateTime: "2021-04-02T08:15:00.0000000Z",
    extent: box(55.69, 12.59, 55.692, 12.593),
  }),
  record({
    id: M.harborSecured,
    iTwinId: I.harborBridge,
    name: "Harbor Bridge Cable Stays (secured)",
    description: "iModel-level permissions: Mia Mixed may only view this one",
    isSecured: true,
    createdDateTime: "2021-05-20T11:00:00.0000000Z",
    extent: box(55.685, 12.58, 55.695, 12.6),
  }),
  record({
    id: M.harborDeck,
    iTwinId: I.harborBridge,
    name: "Harbor Bridge Deck Strengthening",
    description: "Steel orthotropic deck plates and new stiffeners",
    createdDateTime: "2021-06-14T13:45:00.0000000Z",
    extent: box(55.686, 12.585, 55.694, 12.598),
  }),
  record({
    id: M.invertedExtent,
    iTwinId: I.metroLine4,
    name: "Metro Line 4 Station Box 3",
    description: "Imported with its extent corners swapped (south is north of north)",
    createdDateTime: "2019-08-30T07:00:00.0000000Z",
    extent: box(51.52, -0.11, 51.5, -0.09),
  }),
  record({
    id: M.outOfRangeExtent,
    iTwinId: I.metroLine4,
    name: "Metro Line 4 Legacy Survey",
    description: "Legacy import whose extent is out of range",
    createdDateTime: "2019-07-01T07:00:00.0000000Z",
    extent: box(51.4, -0.2, 95.5, 200.25),
  }),
  record({
    id: M.metroRestricted,
    iTwinId: I.metroLine4,
    name: "Metro Line 4 Signalling (restricted)",
    description: "Secured: not visible to Vic Viewer",
    isSecured: true,
    createdDateTime: "2020-01-15T10:30:00.0000000Z",
    extent: box(51.49, -0.15, 51.53, -0.05),
  }),
  record({
    id: M.antimeridianExtent,
    iTwinId: I.metroLine4,
    name: "Pacific Cable Landing Study",
    description: "Extent crossing the antimeridian (west greater than east)",
    createdDateTime: "2020-11-11T11:11:11.0000000Z",
    extent: box(-18.3, 177.2, -16.1, -179.4),
  }),
  record({
    id: M.japanese,
    iTwinId: I.kansaiDepot,
    name: "関西車両基地 総合モデル",
    description: "車両基地の建屋と線路配置",
    createdDateTime: "2022-02-01T03:00:00.0000000Z",
    extent: box(34.68, 135.48, 34.7, 135.52),
  }),
  record({
    id: M.greek,
    iTwinId: I.aegeanPort,
    name: "Λιμάνι Πειραιά – Προβλήτα ΙΙΙ",
    description: "Επέκταση του σταθμού εμπορευματοκιβωτίων",
    createdDateTime: "2023-05-02T06:30:00.0000000Z",
    extent: box(37.93, 23.59, 37.96, 23.63),
  }),
  record({
    id: M.arabic,
    iTwinId: I.aegeanPort,
    name: "ميناء بيرايوس – النموذج الإنشائي",
    description: "النموذج الإنشائي للرصيف الجديد",
    createdDateTime: "2023-06-12T06:30:00.0000000Z",
    extent: box(37.935, 23.6, 37.945, 23.62),
  }),
];

let cached: readonly IModelRecord[] | undefined;

/** Every seed iModel (including the 10,000 of the large portfolio), built once per process. */
export function seedIModels(): readonly IModelRecord[] {
  cached ??= [...SPECIALS, ...fillerIModels(), ...largeCampusIModels()];
  return cached;
}
