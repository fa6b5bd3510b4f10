import type { ITwin } from "../../api/itwins";

/** The favorites list with the iTwin added at the end (newest favorite last, as the service keeps it) or removed. */
export function withFavorite(list: readonly ITwin[], iTwin: ITwin, favorite: boolean): ITwin[] {
  const without = list.filter((item) => item.id !== iTwin.id);
  if (!favorite) return without;
  const existing = list.find((item) => item.id === iTwin.id);
  return existing ? [...list] : [...without, iTwin];
}
