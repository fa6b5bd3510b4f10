export type ComboboxOption = {
  id: string;
  label: string;
  detail?: string | null;
  /** Options of one group come one after the other; the group's name labels them. */
  group?: string;
};

export type ComboboxGroup<T> = {
  name: string | undefined;
  options: { option: T; index: number }[];
};

/** Consecutive options of one group together, each with its index in the flat list (the keyboard's order). */
export function groupOptions<T extends ComboboxOption>(options: readonly T[]): ComboboxGroup<T>[] {
  const groups: ComboboxGroup<T>[] = [];
  options.forEach((option, index) => {
    const last = groups.at(-1);
    if (last && last.name === option.group) last.options.push({ option, index });
    else groups.push({ name: option.group, options: [{ option, index }] });
  });
  return groups;
}

/** Options whose label or detail (an iTwin's number) contains every word typed, in any case. */
export function filterOptions<T extends ComboboxOption>(options: readonly T[], text: string): T[] {
  const words = text.trim().toLocaleLowerCase().split(/\s+/).filter(Boolean);
  if (words.length === 0) return [...options];
  return options.filter((option) => {
    const haystack = `${option.label} ${option.detail ?? ""}`.toLocaleLowerCase();
    return words.every((word) => haystack.includes(word));
  });
}

/** The next active index for a key, wrapping as the APG combobox does; -1 is "none". */
export function moveActive(current: number, count: number, key: string): number {
  if (count === 0) return -1;
  switch (key) {
    case "ArrowDown":
      return current < 0 || current >= count - 1 ? 0 : current + 1;
    case "ArrowUp":
      return current <= 0 ? count - 1 : current - 1;
    case "PageDown":
      return Math.min(count - 1, Math.max(0, current) + 10);
    case "PageUp":
      return Math.max(0, current - 10);
    default:
      return current;
  }
}
