import SvgFilterHollow from "@itwin/itwinui-icons-react/SvgFilterHollow";
import { useEffect, useId, useState } from "react";
import { useDebouncedValue } from "../../ui/use-debounced-value";
import { useImmediateValue } from "../../ui/use-immediate-value";
import { SORT_OPTIONS, type ListSort } from "./list-search-params";

/** Shown on narrow screens only (CSS): the filters fold away behind it. */
export function FiltersToggle(props: {
  open: boolean;
  active: number;
  controls: string;
  onToggle: () => void;
}) {
  return (
    <button
      type="button"
      className="filters-toggle"
      aria-expanded={props.open}
      aria-controls={props.controls}
      onClick={props.onToggle}
    >
      <SvgFilterHollow aria-hidden="true" />
      Filters
      {props.active > 0 ? <span className="filters-count">{props.active}</span> : null}
    </button>
  );
}

export function SearchBox({
  initial,
  onSearch,
}: {
  initial: string;
  onSearch: (search: string) => void;
}) {
  const [text, setText] = useState(initial);
  const debounced = useDebouncedValue(text, 300);
  useEffect(() => {
    if (debounced !== initial) onSearch(debounced);
  }, [debounced, initial, onSearch]);
  return (
    <div className="field">
      <label htmlFor="imodel-search">Search iModels</label>
      <input
        id="imodel-search"
        type="search"
        value={text}
        placeholder="Name or description"
        onChange={(event) => setText(event.target.value)}
      />
    </div>
  );
}

export function SortSelect({
  value: source,
  onChange,
  disabledReason,
}: {
  value: ListSort;
  onChange: (value: ListSort) => void;
  /** Recents keep their own order: the select says so instead of pretending to sort. */
  disabledReason?: string;
}) {
  const id = useId();
  const [value, setValue] = useImmediateValue(source);
  return (
    <div className="field">
      <label htmlFor={id}>Sort by</label>
      <select
        id={id}
        value={value}
        disabled={disabledReason !== undefined}
        title={disabledReason}
        onChange={(event) => {
          setValue(event.target.value as ListSort);
          onChange(event.target.value as ListSort);
        }}
      >
        {SORT_OPTIONS.map((option) => (
          <option key={option.value} value={option.value}>
            {option.label}
          </option>
        ))}
      </select>
    </div>
  );
}
