import { memo } from "react";
import { formatDateTime } from "../../ui/format-date";
import { ItemName, RowStart, type ItemProps } from "./item-parts";
import { RowActions } from "./row-actions";

export const IModelRow = memo(function IModelRow(props: ItemProps) {
  const { iModel, onOpen } = props;
  return (
    <div className="imodel-row">
      <RowStart {...props} />
      <div className="imodel-row-main">
        <ItemName iModel={iModel} onOpen={onOpen} />
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
