// Which iModels stayed on screen long enough to be looked at, from looks taken frame by frame.

/**
 * The ids that may have been on screen for at least minMs. An id counts from the look before the
 * one it first showed in to the look after the one it last showed in (it may have come or gone
 * at any moment between two looks), so the set errs on the large side; an id in the first or last
 * look counts as on screen for ever (before and after the looks, nothing moved).
 * @param {Array<{ at: number, ids: string[] }>} looks  in time order
 * @param {number} minMs
 * @returns {Set<string>}
 */
export function lingeredIds(looks, minMs) {
  const lingered = new Set();
  looks.forEach(({ ids }, index) => {
    const previous = new Set(looks[index - 1]?.ids ?? []);
    for (const id of ids) {
      if (previous.has(id) || lingered.has(id)) continue;
      let last = index;
      while (looks[last + 1]?.ids.includes(id)) last += 1;
      const from = index === 0 ? -Infinity : looks[index - 1].at;
      const to = last + 1 < looks.length ? looks[last + 1].at : Infinity;
      if (to - from >= minMs) lingered.add(id);
    }
  });
  return lingered;
}
