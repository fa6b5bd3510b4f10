import type { ITwinRecord } from "./models";
import { SEED } from "./seed-ids";
import { iTwinLocation } from "./seed-itwin-locations";

const I = SEED.itwins;

/** The seed's iTwins: most located where their iModels are, one without a location, one inactive. */
export const SEED_ITWINS: readonly ITwinRecord[] = [
  itwin(
    I.sunCity,
    "Sun City Renewable-energy",
    "SC-2020-001",
    "East US",
    "2020-10-01T08:00:00.0000000Z",
    "America/New_York",
  ),
  itwin(
    I.harborBridge,
    "Harbor Bridge Retrofit",
    "HBR-2021-014",
    "North Europe",
    "2021-03-15T09:30:00.0000000Z",
    "Europe/Copenhagen",
  ),
  itwin(
    I.metroLine4,
    "Metro Line 4",
    "ML4-2019-007",
    "UK South",
    "2019-06-02T07:45:00.0000000Z",
    "Europe/London",
  ),
  itwin(
    I.kansaiDepot,
    "Kansai Rail Depot",
    "KRD-2022-003",
    "Japan East",
    "2022-01-20T01:00:00.0000000Z",
    "Asia/Tokyo",
  ),
  itwin(
    I.aegeanPort,
    "Aegean Port Expansion",
    "APE-2023-021",
    "North Europe",
    "2023-04-11T06:00:00.0000000Z",
    "Europe/Athens",
  ),
  itwin(
    I.greenfieldEmpty,
    "Greenfield Survey (no iModels yet)",
    "GFS-2025-001",
    "Canada Central",
    "2025-02-03T15:00:00.0000000Z",
    "America/Toronto",
  ),
  itwin(
    I.largeCampus,
    "Large Campus Portfolio",
    "LCP-2018-100",
    "Australia East",
    "2018-01-01T00:00:00.0000000Z",
    "Australia/Sydney",
  ),
  itwin(
    I.oldMillInactive,
    "Old Mill Refurbishment (closed)",
    "OMR-2017-002",
    "UK South",
    "2017-05-09T08:00:00.0000000Z",
    "Europe/London",
    "Inactive",
  ),
];

function itwin(
  id: string,
  displayName: string,
  number: string,
  dataCenterLocation: string,
  createdDateTime: string,
  ianaTimeZone: string,
  status: ITwinRecord["status"] = "Active",
): ITwinRecord {
  return {
    id,
    displayName,
    number,
    subClass: "Project",
    status,
    dataCenterLocation,
    createdDateTime,
    ianaTimeZone,
    ...iTwinLocation(id),
  };
}
