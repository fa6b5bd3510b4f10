import { useEffect, useRef } from "react";
import { useMatches, useNavigationType } from "react-router";

/**
 * After a link or Back leads to another page, focus goes to its heading, so a screen reader reads
 * where the user now is and Tab continues from the top of the new page. Staying on the same page
 * (other search, sort or iTwin) and redirects leave focus where it is.
 */
export function useFocusOnNewPage(): void {
  const page = useMatches().at(-1)?.id;
  const navigationType = useNavigationType();
  const shown = useRef(page);
  useEffect(() => {
    if (shown.current === page) return;
    shown.current = page;
    if (navigationType === "REPLACE") return;
    // A page that placed the focus itself (Back to the row the user opened) keeps it.
    const main = document.querySelector("main");
    const focused = document.activeElement;
    if (main && focused && focused !== main && main.contains(focused)) return;
    const heading = document.querySelector<HTMLElement>("main h1");
    if (!heading) return;
    heading.tabIndex = -1;
    // The scroll position is ScrollRestoration's: the top for a new page, where it was after Back.
    heading.focus({ preventScroll: true });
  }, [page, navigationType]);
}
