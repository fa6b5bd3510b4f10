import { memo, type ReactNode } from "react";
import { Link } from "react-router";
import type { IModel } from "../../api/imodels";
import { formatDateTime } from "../../ui/format-date";
import { FavoriteStar } from "../favorites/favorite-star";
import { ThumbnailImage } from "../thumbnails/thumbnail-image";
import { paths } from "../../paths";
import { RowActions } from "./row-actions";

export const IModelRow = memo(function IModelRow({
  iModel,
  onOpen,
  onScreen,
  lead,
}: {
  iModel: IModel;
  onOpen?: (iModelId: string) => void;
  onScreen: boolean;
  lead?: ReactNode;
}) {
  return (
    <div className="imodel-row">
      {lead ? <span className="item-lead">{lead}</span> : null}
      <ThumbnailImage
        iModelId={iModel.id}
        size="small"
        className="thumbnail-row"
        onScreen={onScreen}
      />
      <FavoriteStar iModel={iModel} />
      <div className="imodel-row-main">
        <Link
          to={paths.iModel.href(iModel.id)}
          className="item-name"
          data-primary=""
          onClick={() => onOpen?.(iModel.id)}
        >
          {iModel.name}
        </Link>
        <span className="imodel-row-description">{iModel.description ?? ""}</span>
      </div>
      <div className="imodel-row-meta">
        {iModel.state === "notInitialized" ? <span className="badge">Not initialized</span> : null}
        <span>Created {formatDateTime(iModel.createdDateTime, false)}</span>
      </div>
      <RowActions iModel={iModel} onOpen={onOpen} />
    </div>
  );
});
