import { describe, expect, it } from "vitest";
import { readAllPages } from "./paged-list";

type Page = { items: number[]; _links?: { next?: { href: string } | null } };

describe("readAllPages", () => {
  it("follows continuation links until a page has none, in order", async () => {
    const pages: Record<string, Page> = {
      first: { items: [1, 2], _links: { next: { href: "/x?$continuationToken=b" } } },
      "/x?$continuationToken=b": {
        items: [3],
        _links: { next: { href: "/x?$continuationToken=c" } },
      },
      "/x?$continuationToken=c": { items: [4], _links: { next: null } },
    };
    const asked: (string | undefined)[] = [];
    const all = await readAllPages(
      async (next) => {
        asked.push(next);
        return pages[next ?? "first"]!;
      },
      (page) => page.items,
    );
    expect(all).toEqual([1, 2, 3, 4]);
    expect(asked).toEqual([undefined, "/x?$continuationToken=b", "/x?$continuationToken=c"]);
  });

  it("reads a single page without links once", async () => {
    let calls = 0;
    const all = await readAllPages(
      async () => {
        calls += 1;
        return { items: [7] } as Page;
      },
      (page) => page.items,
    );
    expect(all).toEqual([7]);
    expect(calls).toBe(1);
  });
});
