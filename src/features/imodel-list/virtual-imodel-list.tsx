import { useEffect, useRef } from "react";
import type { IModel } from "../../api/imodels";
import { IModelRow } from "./imodel-row";
import { useRowWindow } from "./use-row-window";

const ROW_HEIGHT = 64;
/** Ask for the next page this many rows before the end, so scrolling rarely waits. */
const PREFETCH_ROWS = 30;

type Props = {
  iModels: IModel[];
  total?: number;
  hasMore: boolean;
  loadingMore: boolean;
  onNeedMore: () => void;
  label: string;
};

/** Renders only the rows in view, so 10,000 iModels scroll as smoothly as ten. */
export function VirtualIModelList({ iModels, hasMore, loadingMore, onNeedMore, label }: Props) {
  const scrollRef = useRef<HTMLDivElement>(null);
  const { start, end } = useRowWindow(scrollRef, ROW_HEIGHT, iModels.length);
  const lastIndex = Math.max(0, end - 1);

  useEffect(() => {
    if (hasMore && !loadingMore && lastIndex >= iModels.length - PREFETCH_ROWS) onNeedMore();
  }, [hasMore, loadingMore, lastIndex, iModels.length, onNeedMore]);

  return (
    <div ref={scrollRef} className="imodel-list-scroll" tabIndex={-1}>
      <div
        role="list"
        aria-label={label}
        style={{ height: iModels.length * ROW_HEIGHT, position: "relative" }}
      >
        {iModels.slice(start, end).map((iModel, offset) => (
          <div
            key={iModel.id}
            role="listitem"
            aria-posinset={start + offset + 1}
            aria-setsize={hasMore ? -1 : iModels.length}
            className="imodel-list-item"
            style={{
              transform: `translateY(${(start + offset) * ROW_HEIGHT}px)`,
              height: ROW_HEIGHT,
            }}
          >
            <IModelRow iModel={iModel} />
          </div>
        ))}
      </div>
      {loadingMore ? <p className="list-footer">Loading more iModels…</p> : null}
    </div>
  );
}
