import { memo } from "react";
import { Link } from "react-router";
import type { IModel } from "../../api/imodels";
import { formatDateTime } from "../../ui/format-date";
import { SelectCheckbox } from "../bulk/select-checkbox";
import { FavoriteStar } from "../favorites/favorite-star";
import { paths } from "../../paths";

export const IModelRow = memo(function IModelRow({
  iModel,
  onOpen,
}: {
  iModel: IModel;
  onOpen?: (iModelId: string) => void;
}) {
  return (
    <div className="imodel-row">
      <SelectCheckbox iModel={iModel} />
      <FavoriteStar iModel={iModel} />
      <div className="imodel-row-main">
        <Link
          to={paths.iModel.href(iModel.id)}
          className="imodel-row-name"
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
    </div>
  );
});
