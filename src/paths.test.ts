import { matchPath } from "react-router";
import { describe, expect, it } from "vitest";
import { paths } from "./paths";

describe("paths", () => {
  it("builds addresses the router's patterns match, ids encoded", () => {
    const iTwin = "a/b c";
    const match = matchPath(`/${paths.iModels.pattern}`, paths.iModels.href(iTwin));
    expect(decodeURIComponent(match?.params.iTwinId ?? "")).toBe(iTwin);
    expect(paths.iModels.href(iTwin)).toBe("/itwins/a%2Fb%20c");
    expect(matchPath(`/${paths.iModel.pattern}`, paths.iModel.href("m1"))?.params.iModelId).toBe(
      "m1",
    );
  });

  it("starts every address with its prefix", () => {
    expect(paths.iModels.href("x").startsWith(paths.iModels.prefix)).toBe(true);
    expect(paths.iModel.href("x").startsWith(paths.iModel.prefix)).toBe(true);
  });
});
