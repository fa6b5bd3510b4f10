import "./find-place.css";
import { useQuery } from "@tanstack/react-query";
import { useEffect, useId, useState, type KeyboardEvent } from "react";
import { describeGeocoderError, geocoderQueries, type Place } from "../../api/geocoder";
import type { Extent } from "./extent";
import { placeExtent } from "./find-place-extent";

export type FindPlaceProps = {
  geocoderUrl: string;
  placeholder: string;
  disabled?: boolean;
  /** A place was chosen: the map goes there. */
  onShow(extent: Extent): void;
  /** "Use as extent": the place's box becomes the extent (through the editor's undo). */
  onUse(extent: Extent): void;
};

const DEBOUNCE_MS = 300;
const MIN_LENGTH = 2;

/**
 * "Find a place": an editable combobox (WAI-ARIA pattern, list autocomplete) over a
 * Nominatim-compatible geocoder. Down/Up move, Enter chooses, Escape closes then clears.
 */
export default function FindPlace({
  geocoderUrl,
  placeholder,
  disabled,
  onShow,
  onUse,
}: FindPlaceProps) {
  const id = useId();
  const listId = `${id}-list`;
  const statusId = `${id}-status`;
  const [text, setText] = useState("");
  const [open, setOpen] = useState(false);
  const [active, setActive] = useState(-1);
  const [chosen, setChosen] = useState<Place | null>(null);
  // Debounced here, not with ui/use-debounced-value: a module shared with the app's entry
  // chunk split React into a chunk of its own (+1.2 kB gzip on the list page).
  const [wanted, setWanted] = useState("");
  useEffect(() => {
    const timer = setTimeout(() => setWanted(text.trim()), DEBOUNCE_MS);
    return () => clearTimeout(timer);
  }, [text]);
  const searching = wanted.length >= MIN_LENGTH && (chosen === null || chosen.displayName !== text);
  const results = useQuery({ ...geocoderQueries.search(geocoderUrl, wanted), enabled: searching });
  const places = searching ? (results.data ?? []) : [];
  const expanded = open && places.length > 0;
  const failed = searching && results.isError;

  const choose = (place: Place) => {
    setChosen(place);
    setText(place.displayName);
    setOpen(false);
    setActive(-1);
    onShow(placeExtent(place));
  };

  const onKeyDown = (e: KeyboardEvent<HTMLInputElement>) => {
    if (e.key === "ArrowDown" || e.key === "ArrowUp") {
      e.preventDefault();
      if (places.length === 0) return;
      setOpen(true);
      const step = e.key === "ArrowDown" ? 1 : -1;
      setActive((a) =>
        a < 0 && step < 0 ? places.length - 1 : (a + step + places.length) % places.length,
      );
    } else if (e.key === "Enter") {
      // Never submits the form around the field.
      e.preventDefault();
      const place = expanded ? (places[active] ?? places[0]) : undefined;
      if (place) choose(place);
    } else if (e.key === "Escape" && (expanded || text !== "")) {
      e.preventDefault();
      e.stopPropagation();
      if (expanded) setOpen(false);
      else setText("");
      setActive(-1);
    }
  };

  let status = "";
  if (failed) status = describeGeocoderError(results.error);
  else if (searching && results.isFetching) status = "Searching…";
  else if (searching && results.isSuccess)
    status =
      places.length === 0
        ? `No place found for “${wanted}”.`
        : `${places.length} ${places.length === 1 ? "place" : "places"} found: Down arrow to choose.`;

  return (
    <div className="find-place">
      <label htmlFor={id}>Find a place</label>
      <div className="find-place__box">
        <input
          id={id}
          type="search"
          role="combobox"
          autoComplete="off"
          spellCheck={false}
          placeholder={placeholder}
          aria-autocomplete="list"
          aria-expanded={expanded}
          aria-controls={listId}
          aria-activedescendant={expanded && active >= 0 ? `${listId}-${active}` : undefined}
          aria-describedby={statusId}
          aria-invalid={failed || undefined}
          disabled={disabled}
          value={text}
          onChange={(e) => {
            setText(e.target.value);
            setOpen(true);
            setActive(-1);
          }}
          onKeyDown={onKeyDown}
          onBlur={() => setOpen(false)}
        />
        <ul
          id={listId}
          role="listbox"
          aria-label="Places"
          className="find-place__list"
          hidden={!expanded}
        >
          {places.map((place, index) => (
            <li
              key={place.id}
              id={`${listId}-${index}`}
              role="option"
              aria-selected={index === active}
              className="find-place__option"
              // Chosen on mousedown: a click would first blur the input and close the list.
              onMouseDown={(e) => {
                e.preventDefault();
                choose(place);
              }}
            >
              {place.displayName}
            </li>
          ))}
        </ul>
      </div>
      <p
        id={statusId}
        aria-live="polite"
        className={failed ? "find-place__problem" : "find-place__status"}
      >
        {status}
      </p>
      {chosen && chosen.displayName === text && (
        <p className="find-place__chosen">
          <span>Showing {chosen.displayName}.</span>
          {!disabled && (
            <button type="button" onClick={() => onUse(placeExtent(chosen))}>
              Use as extent
            </button>
          )}
        </p>
      )}
    </div>
  );
}
