import type { IModel } from "../../api/imodels";

/** The iModels chosen for a bulk action, by id, with the row clicked last as the range anchor. */
export type Selection = {
  readonly selected: ReadonlyMap<string, IModel>;
  readonly anchor: string | null;
};

export const EMPTY_SELECTION: Selection = { selected: new Map(), anchor: null };

/** The most one "Select all matching" takes: the job's storage and the rate limit both have limits. */
export const SELECT_ALL_CAP = 5000;

export function toggleOne(selection: Selection, iModel: IModel): Selection {
  const selected = new Map(selection.selected);
  if (selected.has(iModel.id)) selected.delete(iModel.id);
  else selected.set(iModel.id, iModel);
  return { selected, anchor: iModel.id };
}

/**
 * Shift+click: every row from the anchor to the clicked one (in the order shown) takes the
 * state the clicked row gets. Without an anchor in view it is a plain toggle.
 */
export function toggleRange(
  selection: Selection,
  order: readonly IModel[],
  iModel: IModel,
): Selection {
  const to = order.findIndex((m) => m.id === iModel.id);
  const from = selection.anchor ? order.findIndex((m) => m.id === selection.anchor) : -1;
  if (to < 0 || from < 0) return toggleOne(selection, iModel);
  const select = !selection.selected.has(iModel.id);
  const selected = new Map(selection.selected);
  const [low, high] = from < to ? [from, to] : [to, from];
  for (const m of order.slice(low, high + 1)) {
    if (select) selected.set(m.id, m);
    else selected.delete(m.id);
  }
  return { selected, anchor: iModel.id };
}

/** Adds many (Select all matching), up to the cap; says whether some were left out. */
export function selectMany(
  selection: Selection,
  iModels: readonly IModel[],
  cap = SELECT_ALL_CAP,
): { selection: Selection; capped: boolean } {
  const selected = new Map(selection.selected);
  let capped = false;
  for (const m of iModels) {
    if (selected.size >= cap && !selected.has(m.id)) {
      capped = true;
      break;
    }
    selected.set(m.id, m);
  }
  return { selection: { selected, anchor: selection.anchor }, capped };
}

/** After a bulk change the selection holds the iModels as the server has them now. */
export function refreshSelected(selection: Selection, saved: IModel): Selection {
  if (!selection.selected.has(saved.id)) return selection;
  const selected = new Map(selection.selected);
  selected.set(saved.id, saved);
  return { ...selection, selected };
}
