import type { IModel } from "../../api/imodels";
import { createFormSchema } from "../imodel-edit/form-schema";

/** The form's own name rule (trimmed, not empty, at most 255), so a bulk rename is held to the same. */
const nameRule = createFormSchema(() => true).shape.name;

export type RenameRow = {
  iModel: IModel;
  name: string;
  /** Why it is not sent: the name rule, or another iModel (known here) would have the same name. */
  problem: string | null;
};

export type FindReplace = { find: string; replace: string; matchCase: boolean };

function escape(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
}

export function replaceInName(name: string, { find, replace, matchCase }: FindReplace): string {
  if (find === "") return name;
  return name.replace(new RegExp(escape(find), matchCase ? "g" : "gi"), () => replace);
}

const key = (name: string) => name.trim().toLocaleLowerCase();

/**
 * Every selected iModel whose name the replacement changes, with its new name and what is
 * wrong with it. The service refuses a name another iModel of the iTwin has (case-insensitive):
 * checked against the names known here (`known`: the loaded rows and the selection), and
 * among the new names themselves; names beyond those the service answers for (409).
 */
export function planRenames(
  selected: readonly IModel[],
  known: readonly IModel[],
  rule: FindReplace,
): RenameRow[] {
  const rows = selected
    .map((iModel) => ({ iModel, name: replaceInName(iModel.name, rule).trim() }))
    .filter(({ iModel, name }) => name !== iModel.name);
  const renamed = new Set(rows.map((row) => row.iModel.id));
  const taken = new Map<string, string>();
  for (const iModel of [...known, ...selected]) {
    if (!renamed.has(iModel.id)) taken.set(key(iModel.name), iModel.name);
  }
  const newNames = new Map<string, number>();
  for (const row of rows) newNames.set(key(row.name), (newNames.get(key(row.name)) ?? 0) + 1);
  return rows.map(({ iModel, name }) => {
    const result = nameRule.safeParse(name);
    let problem = result.success ? null : (result.error.issues[0]?.message ?? "Not a valid name.");
    if (!problem && taken.has(key(name)))
      problem = `“${taken.get(key(name))}” already has this name.`;
    if (!problem && (newNames.get(key(name)) ?? 0) > 1)
      problem = "Another selected iModel would get the same name.";
    return { iModel, name, problem };
  });
}
