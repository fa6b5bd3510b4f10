import type { ReactNode, RefObject } from "react";
import type { ItemProps } from "./item-parts";
import { LoadingMore } from "./item-parts";
import { useVirtualWindow, type Layout } from "./use-virtual-window";
import type { ViewProps } from "./view-props";

type Props = ViewProps &
  Layout & {
    listRef: RefObject<HTMLDivElement | null>;
    className: string;
    itemClassName: string;
    renderItem: (item: ItemProps) => ReactNode;
  };

/**
 * A role="list" of the items in view (the compact list, the tiles). The page scrolls, not a box
 * inside it: the list is as tall as its rows and the window's scroll picks them.
 */
export function VirtualList(props: Props) {
  const { listRef, iModels, hasMore, label, renderItem } = props;
  const { items, height } = useVirtualWindow(listRef, props, props);
  return (
    <>
      <div
        ref={listRef}
        role="list"
        aria-label={label}
        className={props.className}
        style={{ height }}
      >
        {items.map(({ index, item, frame }) => (
          <div
            key={item.iModel.id}
            role="listitem"
            aria-posinset={index + 1}
            aria-setsize={hasMore ? -1 : iModels.length}
            className={props.itemClassName}
            {...frame}
          >
            {renderItem(item)}
          </div>
        ))}
      </div>
      <LoadingMore shown={props.loadingMore} />
    </>
  );
}
