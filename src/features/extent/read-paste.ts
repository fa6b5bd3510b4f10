import type { Extent } from "./extent";
import { suggestSwap } from "./paste-sanity";
import { parseExtent, type ParseExtentResult } from "./parse-extent";

/** The paste box's reading of a text: the extent (or why not), and a latitude-first swap to offer. */
export function readPaste(
  source: string,
  context: { current: Extent | null; latFirstBefore: boolean },
): { result: ParseExtentResult; swap: Extent | null } {
  return { result: parseExtent(source), swap: suggestSwap(source, context) };
}
