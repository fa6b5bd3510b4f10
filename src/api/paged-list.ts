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
