import { describe, expect, it } from "vitest";
import { largeCampusIModel } from "./large-portfolio";
import { effectivePermissions } from "./permissions";
import { HTML_DESCRIPTION, LONG_NAME, seedIModels } from "./seed-data";
import { SEED_ITWINS } from "./seed-itwins";
import { SEED, largeCampusIModelId } from "./seed-ids";

describe("seed data", () => {
  const all = seedIModels();

  it("has every named iTwin and iModel, with unique ids", () => {
    const ids = new Set(all.map((m) => m.id));
    expect(ids.size).toBe(all.length);
    for (const id of Object.values(SEED.imodels)) expect(ids.has(id)).toBe(true);
    for (const id of Object.values(SEED.itwins))
      expect(SEED_ITWINS.some((t) => t.id === id)).toBe(true);
  });

  it("has exactly 10,000 iModels in the large portfolio and dozens elsewhere", () => {
    expect(all.filter((m) => m.iTwinId === SEED.itwins.largeCampus)).toHaveLength(10_000);
    expect(all.filter((m) => m.iTwinId !== SEED.itwins.largeCampus).length).toBeGreaterThanOrEqual(
      40,
    );
    expect(all.filter((m) => m.iTwinId === SEED.itwins.greenfieldEmpty)).toHaveLength(0);
  });

  it("is deterministic", () => {
    expect(largeCampusIModel(42)).toEqual(largeCampusIModel(42));
    expect(largeCampusIModel(42).id).toBe(largeCampusIModelId(42));
    const names = all.map((m) => m.name);
    expect(new Set(names.filter((n) => n.startsWith("Sun City"))).size).toBeGreaterThan(5);
  });

  it("keeps names unique within each iTwin", () => {
    const keys = all.map((m) => `${m.iTwinId}|${m.name.toLowerCase()}`);
    expect(new Set(keys).size).toBe(keys.length);
  });

  it("holds the edge cases the app must cope with", () => {
    const byId = (id: string) => all.find((m) => m.id === id);
    expect(LONG_NAME).toHaveLength(255);
    expect(byId(SEED.imodels.longName)?.name).toBe(LONG_NAME);
    expect(byId(SEED.imodels.htmlDescription)?.description).toBe(HTML_DESCRIPTION);
    expect(HTML_DESCRIPTION.length).toBeLessThanOrEqual(255);
    expect(byId(SEED.imodels.notInitialized)?.state).toBe("notInitialized");
    expect(byId(SEED.imodels.noExtent)?.extent).toBeNull();
    const range = byId(SEED.imodels.outOfRangeExtent)?.extent;
    expect(
      Math.abs(range?.northEast.latitude ?? 0) > 90 ||
        Math.abs(range?.northEast.longitude ?? 0) > 180,
    ).toBe(true);
    expect(byId(SEED.imodels.greek)?.name).toMatch(/[\u0370-\u03ff]/);
    expect(byId(SEED.imodels.arabic)?.name).toMatch(/[\u0600-\u06ff]/);
  });

  it("gives the mixed user manage on one Harbor Bridge iModel and webview on the secured one", () => {
    const harbor = all.filter((m) => m.iTwinId === SEED.itwins.harborBridge);
    const secured = harbor.find((m) => m.isSecured);
    const plain = harbor.find((m) => !m.isSecured);
    expect(secured && effectivePermissions("mixed", secured)).toEqual(["imodels_webview"]);
    expect(plain && effectivePermissions("mixed", plain)).toContain("imodels_manage");
  });
});
