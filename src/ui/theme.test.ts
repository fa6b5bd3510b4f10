import { describe, expect, it } from "vitest";
import { applyTheme, readThemeChoice, themeAttributes, writeThemeChoice } from "./theme";

const light = { dark: false, moreContrast: false };

describe("theme", () => {
  it("follows the system unless a choice is stored", () => {
    expect(readThemeChoice(localStorage)).toBe("system");
    expect(themeAttributes("system", { dark: true, moreContrast: false }).theme).toBe("dark");
    expect(themeAttributes("system", light).theme).toBe("light");
  });

  it("remembers light and dark, and forgets system", () => {
    writeThemeChoice(localStorage, "dark");
    expect(readThemeChoice(localStorage)).toBe("dark");
    writeThemeChoice(localStorage, "system");
    expect(localStorage.getItem("imodel-admin.theme")).toBeNull();
  });

  it("reads anything else as system", () => {
    localStorage.setItem("imodel-admin.theme", "purple");
    expect(readThemeChoice(localStorage)).toBe("system");
  });

  it("a choice beats the system; high contrast where the system asks for more", () => {
    expect(themeAttributes("light", { dark: true, moreContrast: true })).toEqual({
      theme: "light",
      contrast: "high",
    });
  });

  it("sets and clears the attributes iTwinUI's tokens read", () => {
    const root = document.createElement("html");
    applyTheme(root, "dark", { dark: false, moreContrast: true });
    expect(root.getAttribute("data-iui-theme")).toBe("dark");
    expect(root.getAttribute("data-iui-contrast")).toBe("high");
    applyTheme(root, "system", light);
    expect(root.getAttribute("data-iui-theme")).toBe("light");
    expect(root.hasAttribute("data-iui-contrast")).toBe(false);
  });
});
