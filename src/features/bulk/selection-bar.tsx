import SvgClose from "@itwin/itwinui-icons-react/SvgClose";
import SvgStar from "@itwin/itwinui-icons-react/SvgStar";
import SvgStarHollow from "@itwin/itwinui-icons-react/SvgStarHollow";
import { useEffect, useRef, useState } from "react";
import { describeError } from "../../api/describe-error";
import { knownTotal, readMatching, type MatchingSource } from "./select-all";
import { SELECT_ALL_CAP } from "./selection";
import { selectionStore } from "./selection-store";
import { formatCount } from "../../ui/format-number";

/** The count, Clear, "Select all matching" and the bulk actions, over the bottom of the list. */
export function SelectionBar(props: {
  count: number;
  matching: MatchingSource;
  notice: string;
  onFavorite: (wanted: boolean) => void;
  onDescription: () => void;
  onExtent: () => void;
  onRename: () => void;
}) {
  const selectAll = useSelectAll(props.matching);
  return (
    <section className="selection-bar" aria-label="Selection">
      <div className="selection-bar-row">
        <p className="selection-count" role="status">
          {props.count === 1 ? "1 iModel selected" : `${formatCount(props.count)} iModels selected`}
        </p>
        <button
          type="button"
          className="button-small"
          onClick={() => void selectAll.run()}
          disabled={selectAll.busy}
        >
          {selectAll.label}
        </button>
        <button
          type="button"
          className="button-small"
          onClick={() => selectionStore.clear()}
          aria-label="Clear the selection"
        >
          <SvgClose aria-hidden="true" /> Clear
        </button>
      </div>
      {selectAll.message ? (
        <p className="selection-note" role="status">
          {selectAll.message}
        </p>
      ) : null}
      {props.notice ? <p className="selection-note">{props.notice}</p> : null}
      <div className="selection-bar-row" role="group" aria-label="Bulk actions">
        <button type="button" className="button-small" onClick={() => props.onFavorite(true)}>
          <SvgStar aria-hidden="true" /> Add to favorites
        </button>
        <button type="button" className="button-small" onClick={() => props.onFavorite(false)}>
          <SvgStarHollow aria-hidden="true" /> Remove from favorites
        </button>
        <button type="button" className="button-small" onClick={props.onDescription}>
          Description…
        </button>
        <button type="button" className="button-small" onClick={props.onExtent}>
          Extent…
        </button>
        <button type="button" className="button-small" onClick={props.onRename}>
          Find and replace in names…
        </button>
      </div>
    </section>
  );
}

function useSelectAll(matching: MatchingSource) {
  const total = knownTotal(matching);
  const [busy, setBusy] = useState(false);
  const [read, setRead] = useState(0);
  const [message, setMessage] = useState("");
  const abort = useRef<AbortController | null>(null);
  useEffect(() => () => abort.current?.abort(), []);
  const run = async () => {
    abort.current = new AbortController();
    setBusy(true);
    setMessage("");
    try {
      const { iModels, more } = await readMatching(matching, {
        signal: abort.current.signal,
        onProgress: setRead,
      });
      const capped = selectionStore.addMany(iModels) || more;
      setMessage(
        capped
          ? `At most ${formatCount(SELECT_ALL_CAP)} iModels at a time: the first ${formatCount(SELECT_ALL_CAP)} matching are selected, more match.`
          : `All ${formatCount(iModels.length)} matching iModels are selected.`,
      );
    } catch (error) {
      if (!abort.current.signal.aborted)
        setMessage(`The matching iModels could not be read: ${describeError(error)}`);
    } finally {
      setBusy(false);
      setRead(0);
    }
  };
  const label = busy
    ? `Reading matching iModels… ${formatCount(read)}`
    : total === undefined
      ? `Select all matching (up to ${formatCount(SELECT_ALL_CAP)})`
      : `Select all ${formatCount(Math.min(total, SELECT_ALL_CAP))} matching`;
  return { run, busy, label, message };
}
