export function lingeredIds(
  looks: Array<{ at: number; ids: string[] }>,
  minMs: number,
): Set<string>;
