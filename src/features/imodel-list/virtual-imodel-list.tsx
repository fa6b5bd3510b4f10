import { useRef } from "react";
import { IModelRow } from "./imodel-row";
import { useVirtualItems } from "./use-virtual-items";
import type { ViewProps } from "./view-props";

const ROW_HEIGHT = 64;

/**
 * The compact list. Renders only the rows in view, so 10,000 iModels scroll as smoothly as ten.
 * The page scrolls, not a box inside it: the list is as tall as its rows and the window's scroll
 * picks them.
 */
export function VirtualIModelList(props: ViewProps) {
  const { iModels, hasMore, label, onOpen, renderLead } = props;
  const listRef = useRef<HTMLDivElement>(null);
  const { start, end, onScreen, height } = useVirtualItems(listRef, {
    ...props,
    rowHeight: ROW_HEIGHT,
    columns: 1,
  });
  return (
    <>
      <div ref={listRef} role="list" aria-label={label} className="imodel-list" style={{ height }}>
        {iModels.slice(start, end).map((iModel, offset) => {
          const index = start + offset;
          return (
            <div
              key={iModel.id}
              role="listitem"
              data-imodel-id={iModel.id}
              data-index={index}
              aria-posinset={index + 1}
              aria-setsize={hasMore ? -1 : iModels.length}
              className="imodel-list-item"
              style={{ transform: `translateY(${index * ROW_HEIGHT}px)`, height: ROW_HEIGHT }}
            >
              <IModelRow
                iModel={iModel}
                onOpen={onOpen}
                onScreen={index >= onScreen.start && index < onScreen.end}
                lead={renderLead?.(iModel)}
              />
            </div>
          );
        })}
      </div>
      {props.loadingMore ? <p className="list-footer">Loading more iModels…</p> : null}
    </>
  );
}
