import type { IModelRecord } from "./models";
import { between, createRandom, pick, serviceDate } from "./prng";
import { LARGE_CAMPUS_COUNT, SEED, largeCampusIModelId } from "./seed-ids";

const ZONES = ["North", "South", "East", "West", "Central", "Harbourside", "Riverside"];
const DISCIPLINES = [
  "Architecture",
  "Structure",
  "Mechanical",
  "Electrical",
  "Plumbing",
  "Fire Protection",
  "Landscape",
  "Civil",
];
const CREATORS = [
  "42101fba-847a-4f4e-85a8-a4bed89065e4",
  "9c1d6a3e-0b7f-4f0e-9e8d-2a5b7c9d1e3f",
  "5f2e8d4c-3b1a-4c9e-8f7d-6e5d4c3b2a10",
];
const START = Date.UTC(2018, 0, 1);
const END = Date.UTC(2025, 5, 30);

/** The i-th iModel (0-based) of "Large Campus Portfolio": a pure function of i. */
export function largeCampusIModel(index: number): IModelRecord {
  const random = createRandom(0x5eed0000 + index);
  const zone = pick(random, ZONES);
  const discipline = pick(random, DISCIPLINES);
  const number = String(index + 1).padStart(5, "0");
  const created = Math.floor(between(random, START, END));
  const latitude = -33.92 + random() * 0.1;
  const longitude = 151.15 + random() * 0.1;
  const size = 0.001 + random() * 0.004;
  return {
    id: largeCampusIModelId(index),
    iTwinId: SEED.itwins.largeCampus,
    name: `${zone} Building ${number} ${discipline}`,
    description: `${discipline} model of building ${number} on the ${zone} campus.`,
    state: "initialized",
    createdDateTime: serviceDate(created),
    lastChangesetPushDateTime: serviceDate(created + Math.floor(random() * 90) * 86_400_000),
    isSecured: false,
    extent: {
      southWest: { latitude, longitude },
      northEast: { latitude: latitude + size, longitude: longitude + size },
    },
    containersEnabled: 0,
    dataCenterLocation: "Australia East",
    creatorId: pick(random, CREATORS),
  };
}

let cached: readonly IModelRecord[] | undefined;

/** All 10,000, generated once per process on first use (records are never mutated). */
export function largeCampusIModels(): readonly IModelRecord[] {
  cached ??= Array.from({ length: LARGE_CAMPUS_COUNT }, (_, index) => largeCampusIModel(index));
  return cached;
}
