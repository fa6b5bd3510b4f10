import SvgMoon from "@itwin/itwinui-icons-react/SvgMoon";
import SvgSun from "@itwin/itwinui-icons-react/SvgSun";
import { useId } from "react";
import { THEME_CHOICES, type ThemeChoice } from "./theme";

export function ThemeSwitch({
  value,
  onChange,
}: {
  value: ThemeChoice;
  onChange: (choice: ThemeChoice) => void;
}) {
  const id = useId();
  return (
    <div className="theme-switch">
      <label htmlFor={id} className="visually-hidden">
        Theme
      </label>
      <span className="theme-switch-icon" aria-hidden="true">
        {value === "dark" ? <SvgMoon /> : <SvgSun />}
      </span>
      <select
        id={id}
        value={value}
        onChange={(event) => onChange(event.target.value as ThemeChoice)}
      >
        {THEME_CHOICES.map((option) => (
          <option key={option.value} value={option.value}>
            {option.label}
          </option>
        ))}
      </select>
    </div>
  );
}
