import { useRef } from "react";
import { IModelRow } from "./imodel-row";
import type { ViewProps } from "./view-props";
import { VirtualList } from "./virtual-list";

const ROW_HEIGHT = 64;

/** The compact list. Renders only the rows in view, so 10,000 iModels scroll as smoothly as ten. */
export function VirtualIModelList(props: ViewProps) {
  const listRef = useRef<HTMLDivElement>(null);
  return (
    <VirtualList
      {...props}
      listRef={listRef}
      rowHeight={ROW_HEIGHT}
      columns={1}
      className="imodel-list"
      itemClassName="imodel-list-item"
      renderItem={(item) => <IModelRow {...item} />}
    />
  );
}
