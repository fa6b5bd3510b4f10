export type ThemeChoice = "light" | "dark" | "system";

export const THEME_KEY = "imodel-admin.theme";
export const THEME_CHOICES: readonly { value: ThemeChoice; label: string }[] = [
  { value: "system", label: "System" },
  { value: "light", label: "Light" },
  { value: "dark", label: "Dark" },
];

export function readThemeChoice(storage: Pick<Storage, "getItem"> | undefined): ThemeChoice {
  try {
    const value = storage?.getItem(THEME_KEY);
    return value === "light" || value === "dark" ? value : "system";
  } catch {
    return "system";
  }
}

export function writeThemeChoice(
  storage: Pick<Storage, "setItem" | "removeItem">,
  choice: ThemeChoice,
) {
  try {
    if (choice === "system") storage.removeItem(THEME_KEY);
    else storage.setItem(THEME_KEY, choice);
  } catch {
    // Private mode or full storage: the choice lasts for this page only.
  }
}

export type SystemPreferences = { dark: boolean; moreContrast: boolean };

/** The attributes iTwinUI's tokens read: `data-iui-theme` and, for high contrast, `data-iui-contrast`. */
export function themeAttributes(choice: ThemeChoice, system: SystemPreferences) {
  const dark = choice === "dark" || (choice === "system" && system.dark);
  return { theme: dark ? "dark" : "light", contrast: system.moreContrast ? "high" : null } as const;
}

/** Same rule as public/theme.js, which runs before the app's code to avoid a flash. */
export function applyTheme(root: HTMLElement, choice: ThemeChoice, system: SystemPreferences) {
  const { theme, contrast } = themeAttributes(choice, system);
  root.setAttribute("data-iui-theme", theme);
  if (contrast) root.setAttribute("data-iui-contrast", contrast);
  else root.removeAttribute("data-iui-contrast");
}
