import { useVirtualizer } from "@tanstack/react-virtual";
import { useEffect, useRef } from "react";
import type { IModel } from "../../api/imodels";
import { IModelRow } from "./imodel-row";

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
  // eslint-disable-next-line react-hooks/incompatible-library -- the virtualizer is meant to be used this way
  const virtualizer = useVirtualizer({
    count: iModels.length,
    getScrollElement: () => scrollRef.current,
    estimateSize: () => ROW_HEIGHT,
    overscan: 8,
  });
  const items = virtualizer.getVirtualItems();
  const lastIndex = items.at(-1)?.index ?? 0;

  useEffect(() => {
    if (hasMore && !loadingMore && lastIndex >= iModels.length - PREFETCH_ROWS) onNeedMore();
  }, [hasMore, loadingMore, lastIndex, iModels.length, onNeedMore]);

  return (
    <div ref={scrollRef} className="imodel-list-scroll" tabIndex={-1}>
      <div role="list" aria-label={label} style={{ height: virtualizer.getTotalSize(), position: "relative" }}>
        {items.map((item) => (
          <div
            key={iModels[item.index]!.id}
            role="listitem"
            aria-posinset={item.index + 1}
            aria-setsize={hasMore ? -1 : iModels.length}
            className="imodel-list-item"
            style={{ transform: `translateY(${item.start}px)`, height: ROW_HEIGHT }}
          >
            <IModelRow iModel={iModels[item.index]!} />
          </div>
        ))}
      </div>
      {loadingMore ? <p className="list-footer">Loading more iModels…</p> : null}
    </div>
  );
}
