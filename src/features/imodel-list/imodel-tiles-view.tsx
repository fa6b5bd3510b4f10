import { memo, useRef, type ReactNode } from "react";
import { Link } from "react-router";
import type { IModel } from "../../api/imodels";
import { formatDateTime } from "../../ui/format-date";
import { FavoriteStar } from "../favorites/favorite-star";
import { ThumbnailImage } from "../thumbnails/thumbnail-image";
import { paths } from "../../paths";
import { columnsFor } from "./item-grid";
import { RowActions } from "./row-actions";
import { useElementWidth } from "./use-element-width";
import { useVirtualItems } from "./use-virtual-items";
import type { ViewProps } from "./view-props";

/** A row of tiles, gap included; the tile's own height is this minus the gap (CSS). */
const TILE_ROW_HEIGHT = 288;
const MIN_TILE_WIDTH = 240;
const GAP = 16;

/** Tiles with thumbnails, rows of as many as fit, virtualised like the list. */
export default function IModelTilesView(props: ViewProps) {
  const { iModels, hasMore, label, onOpen, renderLead } = props;
  const listRef = useRef<HTMLDivElement>(null);
  const columns = columnsFor(useElementWidth(listRef), MIN_TILE_WIDTH, GAP);
  const { start, end, onScreen, height } = useVirtualItems(listRef, {
    ...props,
    rowHeight: TILE_ROW_HEIGHT,
    columns,
    overscan: 2,
  });
  return (
    <>
      <div ref={listRef} role="list" aria-label={label} className="imodel-tiles" style={{ height }}>
        {iModels.slice(start, end).map((iModel, offset) => {
          const index = start + offset;
          const row = Math.floor(index / columns);
          const column = index % columns;
          return (
            <div
              key={iModel.id}
              role="listitem"
              data-imodel-id={iModel.id}
              data-index={index}
              aria-posinset={index + 1}
              aria-setsize={hasMore ? -1 : iModels.length}
              className="imodel-tile-item"
              style={{
                transform: `translateY(${row * TILE_ROW_HEIGHT}px)`,
                left: `${(column * 100) / columns}%`,
                width: `${100 / columns}%`,
                height: TILE_ROW_HEIGHT,
              }}
            >
              <IModelTile
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

const IModelTile = memo(function IModelTile(props: {
  iModel: IModel;
  onOpen?: (iModelId: string) => void;
  onScreen: boolean;
  lead?: ReactNode;
}) {
  const { iModel, onOpen, onScreen, lead } = props;
  return (
    <div className="imodel-tile">
      <ThumbnailImage
        iModelId={iModel.id}
        size="small"
        className="thumbnail-tile"
        onScreen={onScreen}
      />
      {lead ? <span className="item-lead">{lead}</span> : null}
      <Link
        to={paths.iModel.href(iModel.id)}
        className="item-name"
        data-primary=""
        onClick={() => onOpen?.(iModel.id)}
      >
        {iModel.name}
      </Link>
      <span className="imodel-tile-description">{iModel.description ?? ""}</span>
      <div className="imodel-tile-footer">
        {iModel.state === "notInitialized" ? (
          <span className="badge">Not initialized</span>
        ) : (
          <span className="imodel-tile-date">
            Created {formatDateTime(iModel.createdDateTime, false)}
          </span>
        )}
        <FavoriteStar iModel={iModel} />
        <RowActions iModel={iModel} onOpen={onOpen} />
      </div>
    </div>
  );
});
