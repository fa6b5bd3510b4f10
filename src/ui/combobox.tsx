import SvgCaretDownSmall from "@itwin/itwinui-icons-react/SvgCaretDownSmall";
import { useEffect, useId, useMemo, useRef, useState, type KeyboardEvent } from "react";
import { filterOptions, groupOptions, moveActive, type ComboboxOption } from "./combobox-filter";

/** Enough to scroll through; typing narrows hundreds down faster than scrolling would. */
const MAX_SHOWN = 100;

type Props = {
  label: string;
  options: readonly ComboboxOption[];
  value?: string;
  onSelect: (id: string) => void;
  disabled?: boolean;
  placeholder?: string;
  /** Shown in the list when nothing matches the text typed. */
  noMatch: (text: string) => string;
};

/**
 * An editable combobox with list autocomplete, after the WAI-ARIA Authoring Practices pattern:
 * typing filters, Down/Up move through the options (Alt+Down opens), Enter chooses, Escape
 * closes and then clears; focus stays in the input and the active option is aria-activedescendant.
 * Options with a `group` are shown under its name (role="group", labelled by it); the keys move
 * through all options in order, across the groups.
 */
export function Combobox(props: Props) {
  const { label, options, value, onSelect, disabled, placeholder, noMatch } = props;
  const id = useId();
  const listId = `${id}-list`;
  const selected = options.find((option) => option.id === value);
  const [typed, setText] = useState("");
  const [editing, setEditing] = useState(false);
  // The chosen option's name shows whenever the user is not typing.
  const text = editing ? typed : (selected?.label ?? "");
  const [open, setOpen] = useState(false);
  const [active, setActive] = useState(-1);
  const listRef = useRef<HTMLDivElement>(null);

  const matches = useMemo(
    () => (editing ? filterOptions(options, text) : [...options]),
    [editing, options, text],
  );
  const shown = matches.slice(0, MAX_SHOWN);
  const groups = useMemo(() => groupOptions(shown), [shown]);
  const optionId = (option: ComboboxOption) => `${id}-${option.id}`;

  useEffect(() => {
    if (active < 0) return;
    const options = listRef.current?.querySelectorAll('[role="option"]');
    options?.[active]?.scrollIntoView({ block: "nearest" });
  }, [active]);

  const close = () => {
    setOpen(false);
    setActive(-1);
    setEditing(false);
  };
  const choose = (option: ComboboxOption) => {
    close();
    if (option.id !== value) onSelect(option.id);
  };

  const onKeyDown = (event: KeyboardEvent<HTMLInputElement>) => {
    switch (event.key) {
      case "ArrowDown":
      case "ArrowUp":
      case "PageDown":
      case "PageUp":
        if (!open && (event.key === "PageDown" || event.key === "PageUp")) return;
        event.preventDefault();
        if (!open) {
          setOpen(true);
          if (event.altKey) return;
          setActive(event.key === "ArrowUp" ? shown.length - 1 : 0);
          return;
        }
        setActive((current) => moveActive(current, shown.length, event.key));
        return;
      case "Enter":
        if (open && active >= 0 && shown[active]) {
          event.preventDefault();
          choose(shown[active]);
        }
        return;
      case "Escape":
        event.preventDefault();
        if (open) close();
        else {
          setText("");
          setEditing(true);
        }
        return;
      case "Tab":
        close();
        return;
    }
  };

  const activeId = open && active >= 0 && shown[active] ? optionId(shown[active]) : undefined;
  const renderOption = (option: ComboboxOption, index: number) => (
    // Pointer only: the keyboard works from the input, as the pattern has it.
    // eslint-disable-next-line jsx-a11y/click-events-have-key-events
    <div
      key={option.id}
      id={optionId(option)}
      role="option"
      // Never focused (the input keeps focus); -1 only says it is not in the tab order.
      tabIndex={-1}
      aria-selected={index === active}
      data-current={option.id === value || undefined}
      className="combobox-option"
      // Keeps focus in the input, so the blur does not close the list before the click.
      onMouseDown={(event) => event.preventDefault()}
      onClick={() => choose(option)}
    >
      <span className="combobox-option-label">{option.label}</span>
      {option.detail ? <span className="combobox-option-detail">{option.detail}</span> : null}
    </div>
  );
  return (
    <div className="combobox">
      <label htmlFor={id}>{label}</label>
      <div className="combobox-control">
        <input
          id={id}
          type="text"
          role="combobox"
          autoComplete="off"
          spellCheck={false}
          aria-autocomplete="list"
          aria-expanded={open}
          aria-controls={listId}
          aria-activedescendant={activeId}
          value={text}
          placeholder={placeholder}
          disabled={disabled}
          onChange={(event) => {
            setText(event.target.value);
            setEditing(true);
            setOpen(true);
            setActive(-1);
          }}
          onKeyDown={onKeyDown}
          onBlur={close}
        />
        <span className="combobox-caret" aria-hidden="true">
          <SvgCaretDownSmall />
        </span>
      </div>
      <div
        ref={listRef}
        id={listId}
        role="listbox"
        aria-label={label}
        className="combobox-list"
        hidden={!open}
      >
        {groups.map((group, groupIndex) =>
          group.name === undefined ? (
            group.options.map(({ option, index }) => renderOption(option, index))
          ) : (
            <div
              key={group.name}
              role="group"
              aria-labelledby={`${id}-group-${groupIndex}`}
              className="combobox-group"
            >
              <div
                id={`${id}-group-${groupIndex}`}
                role="presentation"
                className="combobox-group-label"
              >
                {group.name}
              </div>
              {group.options.map(({ option, index }) => renderOption(option, index))}
            </div>
          ),
        )}
        {shown.length === 0 ? (
          <div className="combobox-empty" role="presentation">
            {noMatch(text)}
          </div>
        ) : null}
      </div>
      <span className="visually-hidden" role="status">
        {open && editing ? `${matches.length} ${matches.length === 1 ? "match" : "matches"}` : ""}
      </span>
    </div>
  );
}
