import type { CSSProperties, RefObject } from "react";
import type { ItemProps } from "./item-parts";
import { useVirtualItems } from "./use-virtual-items";
import type { ViewProps } from "./view-props";

export type Layout = {
  rowHeight: number;
  /** Items to a row; their width is the row's shared out. */
  columns: number;
  /** Rows rendered beyond the screen on each side. */
  overscan?: number;
  /** Items placed in columns (tiles), sized by them even when one column fits. */
  grid?: boolean;
};

export type WindowItem = {
  index: number;
  /** What the item's own markup (row, tile, table row) takes. */
  item: ItemProps;
  /** For the element that holds the item: where it stands, and how focus and keys find it. */
  frame: { "data-imodel-id": string; "data-index": number; style: CSSProperties };
};

/** The items of a view that are rendered now, each placed in its row and column. */
export function useVirtualWindow(
  listRef: RefObject<HTMLElement | null>,
  props: ViewProps,
  layout: Layout,
) {
  const { iModels, onOpen, renderLead } = props;
  const { rowHeight, columns } = layout;
  const { start, end, onScreen, height } = useVirtualItems(listRef, { ...props, ...layout });
  const items = iModels.slice(start, end).map((iModel, offset): WindowItem => {
    const index = start + offset;
    const top = Math.floor(index / columns) * rowHeight;
    const style: CSSProperties = { transform: `translateY(${top}px)`, height: rowHeight };
    if (layout.grid) {
      style.left = `${((index % columns) * 100) / columns}%`;
      style.width = `${100 / columns}%`;
    }
    return {
      index,
      item: {
        iModel,
        onOpen,
        onScreen: index >= onScreen.start && index < onScreen.end,
        lead: renderLead?.(iModel),
      },
      frame: { "data-imodel-id": iModel.id, "data-index": index, style },
    };
  });
  return { items, height };
}
