import SvgSortDown from "@itwin/itwinui-icons-react/SvgSortDown";
import SvgSortUp from "@itwin/itwinui-icons-react/SvgSortUp";
import { memo, useId, useRef, type ReactNode } from "react";
import { Link } from "react-router";
import type { IModel, IModelOrder } from "../../api/imodels";
import { formatDateTime } from "../../ui/format-date";
import { FavoriteStar } from "../favorites/favorite-star";
import { ThumbnailImage } from "../thumbnails/thumbnail-image";
import { paths } from "../../paths";
import { RowActions } from "./row-actions";
import { useVirtualItems } from "./use-virtual-items";
import type { ViewProps } from "./view-props";

const ROW_HEIGHT = 52;

type Props = ViewProps & {
  /** The order shown; null where the rows come in an order of their own (recents). */
  sort: IModelOrder | null;
  onSort: (sort: IModelOrder) => void;
};

/** A table whose Name and Created headers sort through the service's `$orderBy`. */
export default function IModelTableView(props: Props) {
  const { iModels, hasMore, label, onOpen, renderLead, sort, onSort } = props;
  const listRef = useRef<HTMLDivElement>(null);
  const noteId = useId();
  const { start, end, onScreen, height } = useVirtualItems(listRef, {
    ...props,
    rowHeight: ROW_HEIGHT,
    columns: 1,
  });
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
          {iModels.slice(start, end).map((iModel, offset) => {
            const index = start + offset;
            return (
              <div
                key={iModel.id}
                role="row"
                aria-rowindex={index + 2}
                data-imodel-id={iModel.id}
                data-index={index}
                className="imodel-table-row imodel-table-item"
                style={{ transform: `translateY(${index * ROW_HEIGHT}px)`, height: ROW_HEIGHT }}
              >
                <TableRow
                  iModel={iModel}
                  onOpen={onOpen}
                  onScreen={index >= onScreen.start && index < onScreen.end}
                  lead={renderLead?.(iModel)}
                />
              </div>
            );
          })}
        </div>
      </div>
      {props.loadingMore ? <p className="list-footer">Loading more iModels…</p> : null}
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

const TableRow = memo(function TableRow(props: {
  iModel: IModel;
  onOpen?: (iModelId: string) => void;
  onScreen: boolean;
  lead?: ReactNode;
}) {
  const { iModel, onOpen, onScreen, lead } = props;
  return (
    <>
      <span role="cell" className="cell-thumbnail">
        {lead ? <span className="item-lead">{lead}</span> : null}
        <ThumbnailImage
          iModelId={iModel.id}
          size="small"
          className="thumbnail-row"
          onScreen={onScreen}
        />
        <FavoriteStar iModel={iModel} />
      </span>
      <span role="rowheader" className="cell-name">
        <Link
          to={paths.iModel.href(iModel.id)}
          className="item-name"
          data-primary=""
          onClick={() => onOpen?.(iModel.id)}
        >
          {iModel.name}
        </Link>
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
