import SvgStar from "@itwin/itwinui-icons-react/SvgStar";
import SvgStarHollow from "@itwin/itwinui-icons-react/SvgStarHollow";
import { memo } from "react";
import type { IModel } from "../../api/imodels";
import { useFavorite } from "./use-favorites";

/** The favorite toggle: "Favorite <name>" on list rows, `label="Favorite"` on the detail page. */
export const FavoriteStar = memo(function FavoriteStar({
  iModel,
  label,
}: {
  iModel: IModel;
  label?: string;
}) {
  const { pressed, ready, toggle } = useFavorite(iModel);
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
