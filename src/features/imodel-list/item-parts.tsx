import { Link } from "react-router";
import type { ReactNode } from "react";
import type { IModel } from "../../api/imodels";
import { FavoriteStar } from "../favorites/favorite-star";
import { ThumbnailImage } from "../thumbnails/thumbnail-image";
import { paths } from "../../paths";

/** What a row, a tile and a table row each take. */
export type ItemProps = {
  iModel: IModel;
  /** Told which iModel the user opens. */
  onOpen?: (iModelId: string) => void;
  /** On screen now, not only rendered ahead: its thumbnail may load. */
  onScreen: boolean;
  /** A selection checkbox, say. */
  lead?: ReactNode;
};

/** The item's link: `data-primary` is where focus goes on Back and on the arrow keys. */
export function ItemName({ iModel, onOpen }: Pick<ItemProps, "iModel" | "onOpen">) {
  return (
    <Link
      to={paths.iModel.href(iModel.id)}
      className="item-name"
      data-primary=""
      onClick={() => onOpen?.(iModel.id)}
    >
      {iModel.name}
    </Link>
  );
}

export function ItemLead({ lead }: Pick<ItemProps, "lead">) {
  return lead ? <span className="item-lead">{lead}</span> : null;
}

export function ItemThumbnail(
  props: Pick<ItemProps, "iModel" | "onScreen"> & { className: string },
) {
  return (
    <ThumbnailImage
      iModelId={props.iModel.id}
      size="small"
      className={props.className}
      onScreen={props.onScreen}
    />
  );
}

/** The start of a list row and a table row: the lead, the small thumbnail and the star. */
export function RowStart({ iModel, onScreen, lead }: ItemProps) {
  return (
    <>
      <ItemLead lead={lead} />
      <ItemThumbnail iModel={iModel} onScreen={onScreen} className="thumbnail-row" />
      <FavoriteStar iModel={iModel} />
    </>
  );
}

export function LoadingMore({ shown }: { shown: boolean }) {
  return shown ? <p className="list-footer">Loading more iModels…</p> : null;
}
