import { useState } from "react";

/**
 * A control's value that changes the moment the user acts, while its source of truth
 * (the URL, updated in a router transition) catches up. Follows the source when it moves
 * by itself, e.g. on Back.
 */
export function useImmediateValue<T>(source: T): [T, (next: T) => void] {
  const [value, setValue] = useState(source);
  const [seenSource, setSeenSource] = useState(source);
  if (!Object.is(source, seenSource)) {
    setSeenSource(source);
    setValue(source);
  }
  return [value, setValue];
}
