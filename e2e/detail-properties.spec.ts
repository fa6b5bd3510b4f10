import { SEED, largeCampusIModelId } from "../simulator/seed-ids";
import { expect, test } from "./fixtures";

const UUID = /[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}/gi;
const properties = (page: import("@playwright/test").Page) =>
  page.getByRole("region", { name: "Properties" });

test("properties read as words: names, history, times, no URLs and no ids but the iModel's", async ({
  signedInPage: page,
  sim,
}) => {
  test.setTimeout(300_000);
  // Some sixty page loads in a row: past the stand-in's default per-minute limit.
  await sim.rateLimit(100_000, 1_000_000);
  const ids: string[] = [];
  for (const iTwinId of Object.values(SEED.itwins)) {
    if (iTwinId === SEED.itwins.largeCampus) continue;
    const res = await sim.asUser("editor", "GET", `/imodels?iTwinId=${iTwinId}&$top=1000`);
    ids.push(...((await res.json()) as { iModels: { id: string }[] }).iModels.map((m) => m.id));
  }
  ids.push(largeCampusIModelId(0), largeCampusIModelId(9_999));
  expect(ids.length).toBeGreaterThan(50);

  for (const id of ids) {
    await page.goto(`/imodels/${id}`);
    const region = properties(page);
    await expect(region.getByText("Loading…")).toHaveCount(0);
    await expect(region.getByRole("link").first()).not.toHaveText(/iModels/);
    const text = await region.innerText();
    expect(text, id).not.toMatch(/http/i);
    expect(text.match(UUID) ?? [], id).toEqual([id]);
    expect(text, id).not.toMatch(/Could not be read|undefined|null|NaN/);
    for (const href of await region
      .getByRole("link")
      .evaluateAll((links) => links.map((link) => link.getAttribute("href") ?? ""))) {
      expect(href, id).not.toMatch(/^https?:/);
    }
  }
});

test("a long history reads as counts and the latest items; an iModel never pushed to says so", async ({
  signedInPage: page,
}) => {
  await page.goto(`/imodels/${SEED.imodels.sunCityPlant}`);
  const region = properties(page);
  await expect(region.getByRole("link", { name: "Sun City Renewable-energy" })).toHaveAttribute(
    "href",
    `/itwins/${SEED.itwins.sunCity}`,
  );
  await expect(region.getByText("Ada Okafor (ada.okafor@example.com)")).toBeVisible();
  await expect(region.getByText(/ago \(.*2024.*\): changeset 412, “/)).toBeVisible();
  await expect(region.getByText("412", { exact: true })).toBeVisible();
  await expect(region.getByText(/^4; the latest is “.+ 4”$/)).toBeVisible();
  await expect(region.getByText("The iTwin’s: none set on this iModel")).toBeVisible();
  // Shown once: the description lives in the form only.
  await expect(
    page.getByRole("main").getByText("Overall model of wind and solar farms in Sun City"),
  ).toHaveCount(0);

  await page.goto(`/imodels/${SEED.imodels.sunCityWindFarm}`);
  await expect(properties(page).getByText("No changes pushed yet")).toBeVisible();
  await expect(properties(page).getByText("None yet")).toBeVisible();
});

test("opening an iModel asks for each part of its history once", async ({ signedInPage: page }) => {
  const asked: string[] = [];
  page.on("request", (request) => {
    if (request.method() === "GET") asked.push(new URL(request.url()).pathname);
  });
  // The answers are held until the form is shown, as on a slow connection: the properties
  // have moved from the loading layout into the editor's while the requests were under way.
  let release = () => {};
  const held = new Promise<void>((resolve) => (release = resolve));
  await page.route(/\/(changesets|namedversions)\?/, async (route) => {
    if (route.request().method() === "GET") await held;
    // A request the page gave up on can no longer be continued.
    await route.continue().catch(() => {});
  });
  await page.goto(`/imodels/${SEED.imodels.sunCityPlant}`);
  await expect(page.getByRole("textbox", { name: "Name", exact: true })).toBeEditable();
  release();
  const region = properties(page);
  await expect(region.getByText("412", { exact: true })).toBeVisible();
  await expect(region.getByText(/^4; the latest is/)).toBeVisible();
  const times = (end: string) => asked.filter((path) => path.endsWith(end)).length;
  expect(times("/changesets")).toBe(1);
  expect(times("/namedversions")).toBe(1);
});
