import { SEED, largeCampusIModelId } from "../simulator/seed-ids";
import { expect, test } from "./fixtures";
import { API_URL } from "./ports";

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

test("opening an iModel from the list asks once for its history and its thumbnail", async ({
  signedInPage: page,
}) => {
  const plant = SEED.imodels.sunCityPlant;
  await page.goto(`/itwins/${SEED.itwins.sunCity}`);
  const link = page.getByRole("link", { name: "Sun City Renewable-energy Plant" });
  await expect(link).toBeVisible();

  // As on a slow connection: from the list the page shows the iModel at once, its side column
  // asks for its parts, and the column moves into the editor's layout once the iModel's own
  // answer comes, while those requests are still under way.
  const parts = [/\/changesets\?/, /\/namedversions\?/, /\/thumbnail\?size=large/];
  const asked: string[] = [];
  page.on("request", (request) => {
    if (request.method() === "GET" && parts.some((part) => part.test(request.url())))
      asked.push(new URL(request.url()).pathname);
  });
  let releaseParts = () => {};
  const partsHeld = new Promise<void>((resolve) => (releaseParts = resolve));
  let releaseIModel = () => {};
  const iModelHeld = new Promise<void>((resolve) => (releaseIModel = resolve));
  const hold = (until: Promise<void>) => async (route: import("@playwright/test").Route) => {
    if (route.request().method() === "GET") await until;
    // A request the page gave up on can no longer be continued.
    await route.continue().catch(() => {});
  };
  for (const part of parts) await page.route(part, hold(partsHeld));
  await page.route(`${API_URL}/imodels/${plant}`, hold(iModelHeld));
  const allAsked = Promise.all(parts.map((part) => page.waitForRequest(part)));

  await link.click();
  await allAsked;
  releaseIModel();
  await expect(page.getByRole("textbox", { name: "Name", exact: true })).toBeEditable();
  releaseParts();
  const region = properties(page);
  await expect(region.getByText("412", { exact: true })).toBeVisible();
  await expect(region.getByText(/^4; the latest is/)).toBeVisible();
  await expect(
    page.getByRole("region", { name: "Thumbnail" }).locator('img[data-thumbnail-state="loaded"]'),
  ).toBeVisible();
  const times = (end: string) => asked.filter((path) => path.endsWith(end)).length;
  expect(times("/changesets")).toBe(1);
  expect(times("/namedversions")).toBe(1);
  expect(times("/thumbnail")).toBe(1);
});
