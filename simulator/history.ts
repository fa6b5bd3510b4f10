import { createHash } from "node:crypto";
import type { IModelRecord } from "./models";
import { createRandom, pick, randomUuid, serviceDate } from "./prng";
import { SEED } from "./seed-ids";

/** One pushed changeset, as stored (the wire shape is built in history-view.ts). */
export interface ChangesetRecord {
  id: string;
  index: number;
  parentId: string;
  description: string;
  pushDateTime: string;
  creatorId: string;
  fileSize: number;
  briefcaseId: number;
  containingChanges: number;
}

export interface NamedVersionRecord {
  id: string;
  name: string;
  description: string | null;
  createdDateTime: string;
  state: "visible" | "hidden";
  changesetId: string;
  changesetIndex: number;
  creatorId: string;
}

export interface History {
  /** Oldest first: `changesets[i].index === i + 1`. */
  changesets: readonly ChangesetRecord[];
  /** By changeset index, oldest first. */
  namedVersions: readonly NamedVersionRecord[];
}

export interface PersonRecord {
  id: string;
  givenName: string;
  surname: string;
  email: string;
}

/** The people behind the seed's creator ids (the iModel creators and changeset authors). */
export const PEOPLE: readonly PersonRecord[] = [
  {
    id: "42101fba-847a-4f4e-85a8-a4bed89065e4",
    givenName: "Ada",
    surname: "Okafor",
    email: "ada.okafor@example.com",
  },
  {
    id: "9c1d6a3e-0b7f-4f0e-9e8d-2a5b7c9d1e3f",
    givenName: "Bruno",
    surname: "Lindqvist",
    email: "bruno.lindqvist@example.com",
  },
  {
    id: "5f2e8d4c-3b1a-4c9e-8f7d-6e5d4c3b2a10",
    givenName: "Chen",
    surname: "Wei",
    email: "chen.wei@example.com",
  },
];

/** Seed iModels whose history is fixed rather than drawn, so tests and demos can rely on it. */
export const FIXED_HISTORY: Readonly<Record<string, { changesets: number; versions: number }>> = {
  [SEED.imodels.sunCityPlant]: { changesets: 412, versions: 4 },
};

const WORK = [
  "Synchronized Architecture.dgn",
  "Synchronized Structure.ifc",
  "Updated pier foundations",
  "Moved cable route after survey",
  "Added drainage layout",
  "Fixed clashing ducts on level 2",
  "Imported laser scan, zone B",
  "Renamed sheets to the new standard",
  "Schema update",
  "Merged design option B",
];
const MILESTONES = [
  "Concept design",
  "Design review",
  "Issued for tender",
  "Issued for construction",
  "As built",
];
const DAY = 86_400_000;

function seedOf(text: string): number {
  return createHash("sha256").update(text).digest().readUInt32BE(0);
}

/** How many changesets an iModel has: none before its first push, else drawn from its id. */
function plannedCount(imodel: IModelRecord): { changesets: number; versions: number } {
  const fixed = FIXED_HISTORY[imodel.id];
  if (fixed) return fixed;
  const last = imodel.lastChangesetPushDateTime;
  if (imodel.state !== "initialized" || last === null || last === imodel.createdDateTime)
    return { changesets: 0, versions: 0 };
  const random = createRandom(seedOf(`count:${imodel.id}`));
  // About a third small, the rest up to a few hundred.
  const changesets =
    random() < 0.35 ? 1 + Math.floor(random() * 12) : 20 + Math.floor(random() * 480);
  const versions = changesets < 20 ? 0 : 1 + Math.floor(random() * 4);
  return { changesets, versions };
}

/**
 * The iModel's history: a pure function of its id, creation and last push dates. The last
 * changeset is pushed exactly at `lastChangesetPushDateTime`, so the two always agree.
 */
export function buildHistory(imodel: IModelRecord): History {
  const { changesets: count, versions } = plannedCount(imodel);
  if (count === 0) return { changesets: [], namedVersions: [] };
  const random = createRandom(seedOf(`history:${imodel.id}`));
  const first = Date.parse(imodel.createdDateTime) + DAY / 4;
  const last = Date.parse(imodel.lastChangesetPushDateTime ?? imodel.createdDateTime);
  const span = Math.max(0, last - first);
  const authors = [imodel.creatorId, ...PEOPLE.map((p) => p.id)];
  const changesets: ChangesetRecord[] = [];
  for (let index = 1; index <= count; index += 1) {
    const at = index === count ? last : first + Math.floor((span * (index - 1)) / count);
    changesets.push({
      id: createHash("sha1").update(`${imodel.id}:${index}`).digest("hex"),
      index,
      parentId: changesets[index - 2]?.id ?? "",
      description: pick(random, WORK),
      pushDateTime: serviceDate(at),
      creatorId: pick(random, authors),
      fileSize: 2048 + Math.floor(random() * 5_000_000),
      briefcaseId: 2 + Math.floor(random() * 6),
      containingChanges: 0,
    });
  }
  const namedVersions: NamedVersionRecord[] = [];
  for (let k = 1; k <= versions; k += 1) {
    const changeset = changesets[Math.floor((count * k) / (versions + 1)) - 1] ?? changesets[0];
    if (!changeset) break;
    namedVersions.push({
      id: randomUuid(random),
      name: `${MILESTONES[(k - 1) % MILESTONES.length]} ${k}`,
      description: k % 2 ? `Milestone ${k} for the client` : null,
      createdDateTime: serviceDate(Date.parse(changeset.pushDateTime) + 3_600_000),
      // The second of four is hidden, so hidden versions show up in lists too.
      state: versions >= 4 && k === 2 ? "hidden" : "visible",
      changesetId: changeset.id,
      changesetIndex: changeset.index,
      creatorId: changeset.creatorId,
    });
  }
  return { changesets, namedVersions };
}

/** Histories are built on first use and kept (iModel records never change their dates). */
export class HistoryStore {
  private built = new Map<string, History>();

  of(imodel: IModelRecord): History {
    let history = this.built.get(imodel.id);
    if (!history) {
      history = buildHistory(imodel);
      this.built.set(imodel.id, history);
    }
    return history;
  }

  reset(): void {
    this.built.clear();
  }
}
