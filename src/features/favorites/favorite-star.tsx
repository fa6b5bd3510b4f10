import SvgStar from "@itwin/itwinui-icons-react/SvgStar";
import SvgStarHollow from "@itwin/itwinui-icons-react/SvgStarHollow";
import { memo } from "react";
import type { IModel } from "../../api/imodels";
import { useFavorite } from "./use-favorites";

/** The favorite toggle: "Favorite <name>" on list rows, `label="Favorite"` on the detail page. */
export const FavoriteStar = memo(function FavoriteStar({
  iModel,
  label,
  asked = true,
}: {
  iModel: IModel;
  label?: string;
  /** False keeps the favorites from being asked for yet; the star waits, disabled. */
  asked?: boolean;
}) {
  const { pressed, ready, toggle } = useFavorite(iModel, { enabled: asked });
  return (
    <button
      type="button"
      className="star"
      aria-pressed={pressed}
      aria-label={label ?? `Favorite ${iModel.name}`}
      title={pressed ? "Remove from favorites" : "Add to favorites"}
      disabled={!ready}
      onClick={toggle}
    >
      {pressed ? <SvgStar aria-hidden="true" /> : <SvgStarHollow aria-hidden="true" />}
    </button>
  );
});
