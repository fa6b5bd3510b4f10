import { describe, expect, it } from "vitest";
import { ROUTE_MODULES } from "./route-modules";
import { PAGE_LOADERS } from "./router";

describe("the route table", () => {
  it("has a loader in the router for every page module it names", () => {
    const pages = ROUTE_MODULES.filter((route) => !route.media).map((route) => route.module);
    expect(Object.keys(PAGE_LOADERS).sort()).toEqual([...new Set(pages)].sort());
  });
});
