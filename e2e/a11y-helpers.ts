import type { Page } from "@playwright/test";
import { expect } from "./fixtures";

/**
 * One banner, one main, one h1, and headings that never skip a level (h1 → h3), in
 * document order. Reads what assistive technology reads: the visible headings and
 * landmarks by role.
 */
export async function expectLandmarksAndHeadings(page: Page): Promise<void> {
  await expect(page.getByRole("banner")).toHaveCount(1);
  await expect(page.getByRole("main")).toHaveCount(1);
  await expect(page.getByRole("heading", { level: 1 })).toHaveCount(1);
  const headings = await page.getByRole("heading").evaluateAll((elements) =>
    elements.map((element) => {
      const level = Number(
        element.getAttribute("aria-level") ?? /^H([1-6])$/.exec(element.tagName)?.[1] ?? 0,
      );
      return { level, text: (element.textContent ?? "").trim().slice(0, 60) };
    }),
  );
  expect(headings[0]?.level, `the first heading is the h1: ${JSON.stringify(headings)}`).toBe(1);
  const skips = headings.filter(
    (heading, i) => i > 0 && heading.level > headings[i - 1]!.level + 1,
  );
  expect(skips, `heading levels in order: ${JSON.stringify(headings)}`).toEqual([]);
}

/** What the focused element is and whether its focus can be seen, in one read. */
export type FocusState = {
  tag: string;
  name: string;
  focusVisible: boolean;
  indicator: string;
};

export async function focusState(page: Page): Promise<FocusState> {
  return page.evaluate(() => {
    const element = document.activeElement;
    if (!element || element === document.body)
      return { tag: "body", name: "", focusVisible: false, indicator: "none" };
    const style = getComputedStyle(element);
    const outline = style.outlineStyle !== "none" && parseFloat(style.outlineWidth) >= 2;
    const shadow = style.boxShadow !== "none" && style.boxShadow !== "";
    return {
      tag: element.tagName.toLowerCase(),
      name: element.getAttribute("aria-label") ?? (element.textContent ?? "").trim().slice(0, 40),
      focusVisible: element.matches(":focus-visible"),
      indicator: outline
        ? `outline ${style.outlineWidth} ${style.outlineStyle}`
        : shadow
          ? `box-shadow ${style.boxShadow}`
          : "none",
    };
  });
}

/** The focused element shows the focus: it matches :focus-visible and draws an outline or a ring. */
export async function expectFocusVisible(page: Page): Promise<void> {
  const state = await focusState(page);
  expect(state.focusVisible, `:focus-visible on ${JSON.stringify(state)}`).toBe(true);
  expect(state.indicator, `a visible focus indicator on ${JSON.stringify(state)}`).not.toBe("none");
}
