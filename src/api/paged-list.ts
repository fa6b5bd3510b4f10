import { z } from "zod/mini";

const linkSchema = z.nullish(z.object({ href: z.string() }));

export const pageLinksSchema = z.object({
  self: linkSchema,
  prev: linkSchema,
  next: linkSchema,
});

export type PageLinks = z.infer<typeof pageLinksSchema>;

/** The continuation link of a page, which carries everything the next request needs. */
export function nextPageHref(links: PageLinks | undefined): string | undefined {
  return links?.next?.href ?? undefined;
}

/**
 * Every item of a paged list: `fetchPage()` asks for the first page, `fetchPage(href)` for the
 * page a continuation link names (that link already carries the query).
 */
export async function readAllPages<Page extends { _links?: PageLinks }, Item>(
  fetchPage: (next?: string) => Promise<Page>,
  items: (page: Page) => readonly Item[],
): Promise<Item[]> {
  const all: Item[] = [];
  let next: string | undefined;
  do {
    const page = await fetchPage(next);
    all.push(...items(page));
    next = nextPageHref(page._links);
  } while (next);
  return all;
}
