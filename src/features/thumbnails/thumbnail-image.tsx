import SvgImodelHollow from "@itwin/itwinui-icons-react/SvgImodelHollow";
import { useQuery, useQueryClient } from "@tanstack/react-query";
import { memo, useState } from "react";
import type { ThumbnailSize } from "../../api/thumbnails";
import { thumbnailUrlQuery, watchThumbnailUrls } from "./thumbnail-urls";
import "./thumbnail-image.css";

type Props = { iModelId: string; size: ThumbnailSize; className: string; onScreen: boolean };

/**
 * The iModel's thumbnail in a box of fixed size: a placeholder while it loads, when it fails and
 * while the row is only rendered ahead of the scroll. The name beside it says what it shows.
 */
export const ThumbnailImage = memo(function ThumbnailImage(props: Props) {
  const { className, onScreen } = props;
  return (
    <span className={`thumbnail ${className}`} data-thumbnail-state={onScreen ? undefined : "idle"}>
      {onScreen ? <LoadedThumbnail {...props} /> : <Placeholder />}
    </span>
  );
});

/** Mounted only on screen: unmounting it (scrolled away) cancels a fetch still waiting or running. */
function LoadedThumbnail({ iModelId, size }: Props) {
  const queryClient = useQueryClient();
  watchThumbnailUrls(queryClient.getQueryCache());
  const { data: url, status } = useQuery(thumbnailUrlQuery(iModelId, size));
  const [broken, setBroken] = useState<string | null>(null);
  if (status !== "success" || !url || broken === url) {
    return <Placeholder state={status === "error" || broken === url ? "failed" : "loading"} />;
  }
  return (
    <img
      src={url}
      alt=""
      data-thumbnail-state="loaded"
      decoding="async"
      onError={() => setBroken(url)}
    />
  );
}

function Placeholder({ state }: { state?: "loading" | "failed" }) {
  return (
    <span className="thumbnail-placeholder" data-thumbnail-state={state}>
      <SvgImodelHollow aria-hidden="true" />
    </span>
  );
}
