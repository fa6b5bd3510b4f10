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

/** `null` clears. iModels that already have it are left out: nothing to send. */
export function planDescription(
  iModels: readonly IModel[],
  description: string | null,
): FieldChange[] {
  return iModels
    .filter((iModel) => (iModel.description ?? null) !== description)
    .map((iModel) => ({
      ...base(iModel),
      kind: "field",
      field: "description",
      before: iModel.description ?? null,
      after: description,
    }));
}

/** `null` clears. iModels that already have exactly that extent are left out. */
export function planExtent(
  iModels: readonly IModel[],
  extent: ApiExtentValue | null,
): FieldChange[] {
  return iModels
    .filter((iModel) => !sameValue(iModel.extent, extent))
    .map((iModel) => ({
      ...base(iModel),
      kind: "field",
      field: "extent",
      before: iModel.extent ?? null,
      after: extent,
    }));
}

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
