import SvgSortDown from "@itwin/itwinui-icons-react/SvgSortDown";
import SvgSortUp from "@itwin/itwinui-icons-react/SvgSortUp";
import { memo, useId, useRef } from "react";
import type { IModelOrder } from "../../api/imodels";
import { formatDateTime } from "../../ui/format-date";
import { ItemName, LoadingMore, RowStart, type ItemProps } from "./item-parts";
import { RowActions } from "./row-actions";
import { useVirtualWindow } from "./use-virtual-window";
import type { ViewProps } from "./view-props";

const ROW_HEIGHT = 52;

type Props = ViewProps & {
  /** The order shown; null where the rows come in an order of their own (recents). */
  sort: IModelOrder | null;
  onSort: (sort: IModelOrder) => void;
};

/** A table whose Name and Created headers sort through the service's `$orderBy`. */
export default function IModelTableView(props: Props) {
  const { iModels, hasMore, label, sort, onSort } = props;
  const listRef = useRef<HTMLDivElement>(null);
  const noteId = useId();
  const { items, height } = useVirtualWindow(listRef, props, { rowHeight: ROW_HEIGHT, columns: 1 });
  return (
    <>
      <p id={noteId} className="table-note">
        {sort
          ? "Sort by name or creation date with the column headers. The iModels service cannot sort by last change or state."
          : "Most recently opened first: recent iModels keep their own order."}
      </p>
      <div
        role="table"
        aria-label={label}
        aria-describedby={noteId}
        aria-rowcount={hasMore ? -1 : iModels.length + 1}
        className="imodel-table"
      >
        <div role="rowgroup" className="imodel-table-head">
          <div role="row" aria-rowindex={1} className="imodel-table-row">
            <span role="columnheader" className="cell-thumbnail">
              <span className="visually-hidden">Thumbnail and favorite</span>
            </span>
            <SortHeader label="Name" field="name" sort={sort} onSort={onSort} />
            <SortHeader label="Created" field="createdDateTime" sort={sort} onSort={onSort} />
            <span role="columnheader" className="cell-date">
              Last change
            </span>
            <span role="columnheader" className="cell-state">
              State
            </span>
            <span role="columnheader" className="cell-actions">
              <span className="visually-hidden">Actions</span>
            </span>
          </div>
        </div>
        <div ref={listRef} role="rowgroup" className="imodel-table-body" style={{ height }}>
          {items.map(({ index, item, frame }) => (
            <div
              key={item.iModel.id}
              role="row"
              aria-rowindex={index + 2}
              className="imodel-table-row imodel-table-item"
              {...frame}
            >
              <TableRow {...item} />
            </div>
          ))}
        </div>
      </div>
      <LoadingMore shown={props.loadingMore} />
    </>
  );
}

function SortHeader(props: {
  label: string;
  field: "name" | "createdDateTime";
  sort: IModelOrder | null;
  onSort: (sort: IModelOrder) => void;
}) {
  const { label, field, sort, onSort } = props;
  const className = field === "name" ? "cell-name" : "cell-date";
  if (!sort) {
    return (
      <span role="columnheader" className={className}>
        {label}
      </span>
    );
  }
  const direction = sort.startsWith(`${field} `) ? sort.slice(field.length + 1) : null;
  const next: IModelOrder = direction === "asc" ? `${field} desc` : `${field} asc`;
  return (
    <span
      role="columnheader"
      className={className}
      aria-sort={direction === "asc" ? "ascending" : direction === "desc" ? "descending" : "none"}
    >
      <button type="button" className="sort-button" onClick={() => onSort(next)}>
        {label}
        {direction === "asc" ? <SvgSortUp aria-hidden="true" /> : null}
        {direction === "desc" ? <SvgSortDown aria-hidden="true" /> : null}
      </button>
    </span>
  );
}

const TableRow = memo(function TableRow(props: ItemProps) {
  const { iModel, onOpen } = props;
  return (
    <>
      <span role="cell" className="cell-thumbnail">
        <RowStart {...props} />
      </span>
      <span role="rowheader" className="cell-name">
        <ItemName iModel={iModel} onOpen={onOpen} />
      </span>
      <span role="cell" className="cell-date">
        {formatDateTime(iModel.createdDateTime, false)}
      </span>
      <span role="cell" className="cell-date">
        {iModel.lastChangesetPushDateTime
          ? formatDateTime(iModel.lastChangesetPushDateTime, false)
          : "No changes yet"}
      </span>
      <span role="cell" className="cell-state">
        {iModel.state === "notInitialized" ? "Not initialized" : "Initialized"}
      </span>
      <span role="cell" className="cell-actions">
        <RowActions iModel={iModel} onOpen={onOpen} />
      </span>
    </>
  );
});
