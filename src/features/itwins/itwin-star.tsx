import SvgStar from "@itwin/itwinui-icons-react/SvgStar";
import SvgStarHollow from "@itwin/itwinui-icons-react/SvgStarHollow";
import type { ITwin } from "../../api/itwins";
import { useITwinFavorite } from "./use-itwin-favorite";

/** The favorite toggle of an iTwin, a button beside its link (never inside a listbox option). */
export function ITwinStar({ iTwin, includeInactive }: { iTwin: ITwin; includeInactive?: boolean }) {
  const { pressed, ready, toggle } = useITwinFavorite(iTwin, includeInactive);
  return (
    <button
      type="button"
      className="star"
      aria-pressed={pressed}
      aria-label={`Favorite ${iTwin.displayName}`}
      title={pressed ? "Remove from favorites" : "Add to favorites"}
      disabled={!ready}
      onClick={toggle}
    >
      {pressed ? <SvgStar aria-hidden="true" /> : <SvgStarHollow aria-hidden="true" />}
    </button>
  );
}
