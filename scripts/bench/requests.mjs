// Requests the app sends to open the list, open an iModel from it, and save it (the stand-in's log).
import { listUrl, SEED } from "./config.mjs";
import { figure, missing } from "./figures.mjs";
import { resetSim, waitForQuiet } from "./sim-control.mjs";
import { withSignedInPage } from "./signed-in-page.mjs";
import { iModelRows, firstRowLink } from "./list-rows.mjs";

const GROUP = "Requests";

/** "GET /imodels ×2, PATCH /imodels/{id} ×1": ids folded, so the summary reads the same each run. */
function summarize(requests) {
  const counts = new Map();
  for (const request of requests) {
    const path = request.path.replace(
      /[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}/gi,
      "{id}",
    );
    const key = `${request.method} ${path}`;
    counts.set(key, (counts.get(key) ?? 0) + 1);
  }
  return [...counts].map(([key, count]) => `${key} ×${count}`).join(", ");
}

const countFigure = (id, label, requests) =>
  figure({
    id,
    group: GROUP,
    label,
    value: requests.length,
    display: `${requests.length}: ${summarize(requests)}`,
    details: {
      requests: requests.map(({ method, path, query, status }) => ({
        method,
        path,
        query,
        status,
      })),
    },
  });

/** @param {import("@playwright/test").Browser} browser @returns {Promise<import("./figures.mjs").Figure[]>} */
export async function requestFigures(browser, { log = console.error } = {}) {
  log("  requests");
  const specs = {
    list: { id: "requests.openList", group: GROUP, label: "Open the list (page load, signed in)" },
    open: { id: "requests.openIModel", group: GROUP, label: "Open an iModel from the list" },
    save: { id: "requests.save", group: GROUP, label: "Save a changed name" },
  };
  /** @type {import("./figures.mjs").Figure[]} */
  const figures = [];
  try {
    await withSignedInPage(browser, async (page) => {
      await resetSim();
      await page.goto(listUrl(SEED.sunCity));
      await iModelRows(page).first().waitFor();
      figures.push(countFigure(specs.list.id, specs.list.label, await waitForQuiet()));

      await resetSim();
      const link = firstRowLink(page);
      const name = (await link.textContent())?.trim() ?? "";
      await link.click();
      await page.getByRole("heading", { level: 1, name }).waitFor();
      figures.push(countFigure(specs.open.id, specs.open.label, await waitForQuiet()));

      const field = page.getByRole("textbox", { name: "Name", exact: true });
      if (
        !(await field.waitFor({ timeout: 5000 }).then(
          () => true,
          () => false,
        ))
      ) {
        figures.push(missing(specs.save, "n/a (no Name field yet)"));
        return;
      }
      await resetSim();
      await field.fill(`${name} (bench)`);
      await page.getByRole("button", { name: "Save", exact: true }).click();
      await page.getByText("Saved.").first().waitFor();
      figures.push(countFigure(specs.save.id, specs.save.label, await waitForQuiet()));
    });
  } catch (error) {
    for (const spec of Object.values(specs))
      if (!figures.some((item) => item.id === spec.id)) figures.push(missing(spec, error));
  } finally {
    await resetSim().catch(() => {});
  }
  const order = Object.values(specs).map((spec) => spec.id);
  return figures.sort((a, b) => order.indexOf(a.id) - order.indexOf(b.id));
}
