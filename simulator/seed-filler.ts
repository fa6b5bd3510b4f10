import type { IModelRecord } from "./models";
import { between, createRandom, pick, randomUuid, serviceDate } from "./prng";
import { SEED } from "./seed-ids";
import { box, record } from "./seed-record";

const I = SEED.itwins;

interface FillerPlan {
  iTwinId: string;
  count: number;
  prefix: string;
  center: [number, number];
  parts: readonly string[];
}

const FILLER: readonly FillerPlan[] = [
  {
    iTwinId: I.sunCity,
    count: 9,
    prefix: "Sun City",
    center: [46.2, 7.75],
    parts: [
      "Solar Field",
      "Inverter Station",
      "Access Road",
      "Met Mast",
      "Grid Connection",
      "Maintenance Depot",
      "Collector Cables",
      "Fence and Gates",
      "Drainage",
    ],
  },
  {
    iTwinId: I.harborBridge,
    count: 8,
    prefix: "Harbor Bridge",
    center: [55.69, 12.59],
    parts: [
      "Pier 2 Foundations",
      "Bearings Replacement",
      "Approach Viaduct",
      "Lighting",
      "Expansion Joints",
      "Toll Plaza",
      "Inspection Gantry",
      "Scour Protection",
    ],
  },
  {
    iTwinId: I.metroLine4,
    count: 9,
    prefix: "Metro Line 4",
    center: [51.51, -0.12],
    parts: [
      "Tunnel Drive A",
      "Tunnel Drive B",
      "Station Box 1",
      "Station Box 2",
      "Ventilation Shaft",
      "Depot Sidings",
      "Traction Power",
      "Platform Screen Doors",
      "Escalator Shafts",
    ],
  },
  {
    iTwinId: I.kansaiDepot,
    count: 6,
    prefix: "Kansai Depot",
    center: [34.69, 135.5],
    parts: [
      "Wash Plant",
      "Stabling Yard",
      "Workshop Hall",
      "Pit Roads",
      "Sanding Plant",
      "Staff Building",
    ],
  },
  {
    iTwinId: I.aegeanPort,
    count: 6,
    prefix: "Aegean Port",
    center: [37.94, 23.61],
    parts: [
      "Quay Wall",
      "Crane Rails",
      "Reefer Stacks",
      "Gate Complex",
      "Dredging Survey",
      "Breakwater",
    ],
  },
];

const DESCRIPTIONS = [
  "Coordination model for design review",
  "As-built model from laser scan",
  "Federated model of all disciplines",
  "Issued for construction",
  "Concept design option B",
  "Temporary works and staging",
];

/** A few plausible iModels per iTwin around its site, the same on every start. */
export function fillerIModels(): IModelRecord[] {
  const random = createRandom(20_201_020);
  const start = Date.UTC(2019, 0, 1);
  const end = Date.UTC(2025, 0, 31);
  const out: IModelRecord[] = [];
  for (const plan of FILLER) {
    for (let i = 0; i < plan.count; i += 1) {
      const created = Math.floor(between(random, start, end));
      const [lat, lon] = plan.center;
      const south = lat + between(random, -0.05, 0.04);
      const west = lon + between(random, -0.05, 0.04);
      const size = between(random, 0.002, 0.02);
      out.push(
        record({
          id: randomUuid(random),
          iTwinId: plan.iTwinId,
          name: `${plan.prefix} ${plan.parts[i % plan.parts.length]}`,
          description: pick(random, DESCRIPTIONS),
          createdDateTime: serviceDate(created),
          lastChangesetPushDateTime: serviceDate(created + Math.floor(random() * 400) * 86_400_000),
          extent: box(south, west, south + size, west + size),
        }),
      );
    }
  }
  return out;
}
