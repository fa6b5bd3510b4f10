import { useEffect } from "react";

/** document.title is text, so names with markup stay text. */
export function useDocumentTitle(title: string | undefined): void {
  useEffect(() => {
    if (title) document.title = `${title} · iModel Admin`;
  }, [title]);
}
