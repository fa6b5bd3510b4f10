import SvgGrid from "@itwin/itwinui-icons-react/SvgGrid";
import SvgList from "@itwin/itwinui-icons-react/SvgList";
import SvgTable from "@itwin/itwinui-icons-react/SvgTable";
import { useId } from "react";
import { useImmediateValue } from "../../ui/use-immediate-value";
import type { ListView } from "./list-search-params";

const OPTIONS = [
  { value: "list", label: "List", Icon: SvgList },
  { value: "tiles", label: "Tiles", Icon: SvgGrid },
  { value: "table", label: "Table", Icon: SvgTable },
] as const;

/** A segmented control made of native radios: arrow keys switch, Tab leaves the group. */
export function ViewSwitch({
  value: source,
  onChange,
}: {
  value: ListView;
  onChange: (view: ListView) => void;
}) {
  const name = useId();
  // Checked at once, as the user sees it, while the URL catches up.
  const [value, setValue] = useImmediateValue(source);
  return (
    <fieldset className="view-switch">
      <legend className="visually-hidden">View</legend>
      {OPTIONS.map(({ value: option, label, Icon }) => (
        <label key={option} className="view-switch-option">
          <input
            type="radio"
            name={name}
            value={option}
            checked={value === option}
            onChange={() => {
              setValue(option);
              onChange(option);
            }}
          />
          <Icon aria-hidden="true" />
          <span>{label}</span>
        </label>
      ))}
    </fieldset>
  );
}
