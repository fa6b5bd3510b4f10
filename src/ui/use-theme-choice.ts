import { useCallback, useEffect, useState } from "react";
import { applyTheme, readThemeChoice, writeThemeChoice, type ThemeChoice } from "./theme";

const systemPreferences = () => ({
  dark: matchMedia("(prefers-color-scheme: dark)").matches,
  moreContrast: matchMedia("(prefers-contrast: more)").matches,
});

/** The user's theme choice, kept in localStorage and applied to <html>; "system" follows the OS live. */
export function useThemeChoice(): [ThemeChoice, (choice: ThemeChoice) => void] {
  const [choice, setChoice] = useState<ThemeChoice>(() => readThemeChoice(localStorage));
  useEffect(() => {
    const apply = () => applyTheme(document.documentElement, choice, systemPreferences());
    apply();
    const queries = ["(prefers-color-scheme: dark)", "(prefers-contrast: more)"].map(matchMedia);
    queries.forEach((query) => query.addEventListener("change", apply));
    return () => queries.forEach((query) => query.removeEventListener("change", apply));
  }, [choice]);
  const choose = useCallback((next: ThemeChoice) => {
    writeThemeChoice(localStorage, next);
    setChoice(next);
  }, []);
  return [choice, choose];
}
