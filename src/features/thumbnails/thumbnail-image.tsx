import SvgImodelHollow from "@itwin/itwinui-icons-react/SvgImodelHollow";
import { useQuery, useQueryClient } from "@tanstack/react-query";
import { memo, useState } from "react";
import type { ThumbnailSize } from "../../api/thumbnails";
import { useSettled } from "../../ui/use-settled";
import { thumbnailUrlQuery, watchThumbnailUrls } from "./thumbnail-urls";
import "./thumbnail-image.css";

/**
 * A row must stay on screen this long before its thumbnail is asked for: scrolling past 2,000
 * rows then costs no requests (the rate limit stays for the list's pages), yet a row one stops
 * at loads before anyone would call it slow.
 */
const SETTLE_MS = 200;

type Props = {
  iModelId: string;
  size: ThumbnailSize;
  className: string;
  onScreen: boolean;
  /** How long the row stays on screen before fetching; 0 where nothing scrolls (the detail page). */
  settleMs?: number;
};

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

/**
 * Mounted only on screen: unmounting it (scrolled away) cancels a fetch still waiting or running.
 * A thumbnail already cached shows at once; a new one is fetched once the row has settled.
 */
function LoadedThumbnail({ iModelId, size, settleMs = SETTLE_MS }: Props) {
  const queryClient = useQueryClient();
  watchThumbnailUrls(queryClient.getQueryCache());
  const settled = useSettled(true, settleMs);
  const { data: url, status } = useQuery({
    ...thumbnailUrlQuery(iModelId, size),
    enabled: settled,
  });
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
