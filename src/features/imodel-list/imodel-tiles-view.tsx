import { memo, useRef } from "react";
import { formatDateTime } from "../../ui/format-date";
import { FavoriteStar } from "../favorites/favorite-star";
import { columnsFor } from "./item-grid";
import { ItemLead, ItemName, ItemThumbnail, type ItemProps } from "./item-parts";
import { RowActions } from "./row-actions";
import { useElementWidth } from "./use-element-width";
import type { ViewProps } from "./view-props";
import { VirtualList } from "./virtual-list";

/** A row of tiles, gap included; the tile's own height is this minus the gap (CSS). */
const TILE_ROW_HEIGHT = 288;
const MIN_TILE_WIDTH = 240;
const GAP = 16;

/** Tiles with thumbnails, rows of as many as fit, virtualised like the list. */
export default function IModelTilesView(props: ViewProps) {
  const listRef = useRef<HTMLDivElement>(null);
  return (
    <VirtualList
      {...props}
      listRef={listRef}
      rowHeight={TILE_ROW_HEIGHT}
      columns={columnsFor(useElementWidth(listRef), MIN_TILE_WIDTH, GAP)}
      overscan={2}
      grid
      className="imodel-tiles"
      itemClassName="imodel-tile-item"
      renderItem={(item) => <IModelTile {...item} />}
    />
  );
}

const IModelTile = memo(function IModelTile(props: ItemProps) {
  const { iModel, onOpen, onScreen, lead } = props;
  return (
    <div className="imodel-tile">
      <ItemThumbnail iModel={iModel} onScreen={onScreen} className="thumbnail-tile" />
      <ItemLead lead={lead} />
      <ItemName iModel={iModel} onOpen={onOpen} />
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
