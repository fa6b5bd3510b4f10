import SvgComputer from "@itwin/itwinui-icons-react/SvgComputer";
import SvgMoon from "@itwin/itwinui-icons-react/SvgMoon";
import SvgSun from "@itwin/itwinui-icons-react/SvgSun";
import { useId } from "react";
import { THEME_CHOICES, type ThemeChoice } from "./theme";

const ICONS: Record<ThemeChoice, typeof SvgSun> = {
  system: SvgComputer,
  light: SvgSun,
  dark: SvgMoon,
};

/**
 * Three icon radios in one segmented control: every choice shows, even at 390 px, and reads as
 * "Theme, radio group: System, Light, Dark". The arrow keys move between them as native radios do.
 */
export function ThemeSwitch({
  value,
  onChange,
}: {
  value: ThemeChoice;
  onChange: (choice: ThemeChoice) => void;
}) {
  const name = useId();
  return (
    <div className="theme-switch" role="radiogroup" aria-label="Theme">
      {THEME_CHOICES.map((option) => {
        const Icon = ICONS[option.value];
        return (
          <label key={option.value} className="theme-choice" title={`${option.label} theme`}>
            <input
              type="radio"
              name={name}
              value={option.value}
              checked={value === option.value}
              onChange={() => onChange(option.value)}
            />
            <Icon aria-hidden="true" />
            <span className="visually-hidden">{option.label}</span>
          </label>
        );
      })}
    </div>
  );
}
