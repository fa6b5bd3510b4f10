import { memo, type KeyboardEvent, type MouseEvent } from "react";
import type { IModel } from "../../api/imodels";
import { selectionStore, useIsSelected } from "./selection-store";
import "./select-checkbox.css";

/** A row's leading checkbox: Shift+click or Shift+Space selects the range from the last one. */
export const SelectCheckbox = memo(function SelectCheckbox({ iModel }: { iModel: IModel }) {
  const checked = useIsSelected(iModel.id);
  const onClick = (event: MouseEvent<HTMLInputElement>) =>
    selectionStore.toggle(iModel, event.shiftKey);
  const onKeyDown = (event: KeyboardEvent<HTMLInputElement>) => {
    if (event.key !== " " || !event.shiftKey) return;
    // The browser would toggle this box alone on the key going up.
    event.preventDefault();
    selectionStore.toggle(iModel, true);
  };
  return (
    <input
      type="checkbox"
      className="select-checkbox"
      aria-label={`Select ${iModel.name}`}
      checked={checked}
      onChange={noop}
      onClick={onClick}
      onKeyDown={onKeyDown}
    />
  );
});

// The state lives in the selection store; onClick (which knows Shift) changes it.
const noop = () => {};
