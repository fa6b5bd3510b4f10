// The list's iModel rows (list and tile views), not the other list items on the page (breadcrumbs).
/** @param {import("@playwright/test").Page} page */
export const iModelRows = (page) => page.locator('[role="listitem"][data-imodel-id]');

/** The first row's name link. @param {import("@playwright/test").Page} page */
export const firstRowLink = (page) => iModelRows(page).first().getByRole("link").first();
