import { useEffect, useRef, type RefObject } from "react";
import type { IModel } from "../../api/imodels";
import { IModelRow } from "./imodel-row";
import { useRowWindow } from "./use-row-window";

const ROW_HEIGHT = 64;
/** Ask for the next page this many rows before the end, so scrolling rarely waits. */
const PREFETCH_ROWS = 30;

type Props = {
  iModels: IModel[];
  hasMore: boolean;
  loadingMore: boolean;
  onNeedMore: () => void;
  label: string;
  /** An iModel whose row gets the focus once it is rendered (Back from that iModel). */
  focusId?: string | null;
  /** Told which iModel the user opens from the list. */
  onOpen?: (iModelId: string) => void;
};

/**
 * Renders only the rows in view, so 10,000 iModels scroll as smoothly as ten. The page scrolls,
 * not a box inside it: the list is as tall as its rows and the window's scroll picks them.
 */
export function VirtualIModelList(props: Props) {
  const { iModels, hasMore, loadingMore, onNeedMore, label, focusId, onOpen } = props;
  const listRef = useRef<HTMLDivElement>(null);
  const { start, end } = useRowWindow(listRef, ROW_HEIGHT, iModels.length);
  const lastIndex = Math.max(0, end - 1);

  useEffect(() => {
    if (hasMore && !loadingMore && lastIndex >= iModels.length - PREFETCH_ROWS) onNeedMore();
  }, [hasMore, loadingMore, lastIndex, iModels.length, onNeedMore]);

  useReturnFocus(listRef, iModels, focusId, start, end);

  return (
    <>
      <div
        ref={listRef}
        role="list"
        aria-label={label}
        className="imodel-list"
        style={{ height: iModels.length * ROW_HEIGHT }}
      >
        {iModels.slice(start, end).map((iModel, offset) => (
          <div
            key={iModel.id}
            role="listitem"
            data-imodel-id={iModel.id}
            aria-posinset={start + offset + 1}
            aria-setsize={hasMore ? -1 : iModels.length}
            className="imodel-list-item"
            style={{
              transform: `translateY(${(start + offset) * ROW_HEIGHT}px)`,
              height: ROW_HEIGHT,
            }}
          >
            <IModelRow iModel={iModel} onOpen={onOpen} />
          </div>
        ))}
      </div>
      {loadingMore ? <p className="list-footer">Loading more iModels…</p> : null}
    </>
  );
}

/**
 * Back from an iModel: the window scrolls to its row if the scroll position did not come back
 * with it, and its link takes the focus, so the user continues where they left.
 */
function useReturnFocus(
  listRef: RefObject<HTMLDivElement | null>,
  iModels: IModel[],
  focusId: string | null | undefined,
  start: number,
  end: number,
) {
  const done = useRef(false);
  const index = focusId ? iModels.findIndex((iModel) => iModel.id === focusId) : -1;
  useEffect(() => {
    const list = listRef.current;
    if (done.current || index < 0 || !list) return;
    if (index < start || index >= end) {
      const top = list.getBoundingClientRect().top + window.scrollY;
      window.scrollTo({ top: top + index * ROW_HEIGHT - window.innerHeight / 2 });
      return;
    }
    const link = list.querySelector<HTMLElement>(
      `[data-imodel-id="${CSS.escape(focusId ?? "")}"] a`,
    );
    if (!link) return;
    done.current = true;
    const rect = link.getBoundingClientRect();
    link.focus({ preventScroll: rect.top >= 0 && rect.bottom <= window.innerHeight });
  }, [listRef, index, focusId, start, end]);
}
