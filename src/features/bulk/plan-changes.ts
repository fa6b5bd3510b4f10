import type { ApiExtentValue, IModel } from "../../api/imodels";
import { sameValue } from "./change-attempt";
import type { FavoriteChange, FieldChange, JobItem } from "./job-types";

const base = (iModel: IModel) => ({
  iModelId: iModel.id,
  iTwinId: iModel.iTwinId,
  label: iModel.name,
});

export function planFavorites(iModels: readonly IModel[], wanted: boolean): FavoriteChange[] {
  return iModels.map((iModel) => ({ ...base(iModel), kind: "favorite", wanted }));
}

/** One value for one field of every iModel; those that already have it are left out. */
function planField<F extends "description" | "extent">(
  iModels: readonly IModel[],
  field: F,
  after: IModel[F],
): FieldChange[] {
  return iModels
    .filter((iModel) => !sameValue(iModel[field], after))
    .map((iModel) => ({
      ...base(iModel),
      kind: "field",
      field,
      before: iModel[field] ?? null,
      after,
    }));
}

/** `null` clears. */
export const planDescription = (iModels: readonly IModel[], description: string | null) =>
  planField(iModels, "description", description);

/** `null` clears. */
export const planExtent = (iModels: readonly IModel[], extent: ApiExtentValue | null) =>
  planField(iModels, "extent", extent);

export function planNames(renames: readonly { iModel: IModel; name: string }[]): FieldChange[] {
  return renames.map(({ iModel, name }) => ({
    ...base(iModel),
    kind: "field",
    field: "name",
    before: iModel.name,
    after: name,
  }));
}

/** What the user copies at the end: one line per change, the failures with their reason. */
export function jobReport(title: string, items: readonly JobItem[]): string {
  const word: Record<JobItem["status"], string> = {
    done: "done",
    failed: "FAILED",
    conflict: "CONFLICT",
    cancelled: "not sent (cancelled)",
    waiting: "waiting",
    inFlight: "on its way",
  };
  const lines = items.map(
    ({ change, status, reason }) =>
      `${change.label}\t${word[status]}${reason ? `\t${reason}` : ""}`,
  );
  return [title, ...lines].join("\n");
}
