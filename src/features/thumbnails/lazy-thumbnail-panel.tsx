import { lazy, Suspense } from "react";
import type { IModel } from "../../api/imodels";
import "./lazy-thumbnail-panel.css";

// Loaded after the detail page: its first JavaScript stays within budget.
const ThumbnailPanel = lazy(() => import("./thumbnail-panel"));

export function LazyThumbnailPanel({ iModel }: { iModel: IModel }) {
  return (
    <Suspense fallback={<div className="thumbnail-panel-fallback" aria-hidden="true" />}>
      <ThumbnailPanel iModel={iModel} />
    </Suspense>
  );
}
