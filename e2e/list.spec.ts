import { SEED } from "../simulator/seed-ids";
import { expect, expectNoAxeViolations, pickITwin, signIn, signOut, test } from "./fixtures";
import { IDP_URL } from "./ports";

test("a new visitor signs in, picks an iTwin, searches, sorts, pages and opens an iModel", async ({
  page,
  sim,
}) => {
  await page.goto("/");
  await expect(page.getByRole("button", { name: "Sign in", exact: true })).toBeVisible();
  await signIn(page, "editor");

  await pickITwin(page, "Sun City Renewable-energy");
  await expect(page).toHaveURL(new RegExp(`/itwins/${SEED.itwins.sunCity}`));
  await expect(page.getByRole("link", { name: "Sun City Renewable-energy Plant" })).toBeVisible();

  await page.getByRole("searchbox", { name: "Search iModels" }).fill("wind");
  await expect(page).toHaveURL(/q=wind/);
  const list = page.getByRole("list", { name: "iModels" });
  await expect(list.getByRole("link").first()).toBeVisible();
  // $search matches the name or the description, and rows show both.
  for (const row of await list.getByRole("listitem").allTextContents()) {
    expect(row.toLowerCase()).toContain("wind");
  }

  await page.getByRole("combobox", { name: "Sort by" }).selectOption({ label: "Name (Z–A)" });
  await expect(page).toHaveURL(/sort=name\+desc/);
  await expect(async () => {
    const names = await list.getByRole("link").allTextContents();
    expect(names.length).toBeGreaterThan(1);
    expect(names).toEqual([...names].sort((a, b) => b.localeCompare(a)));
  }).toPass();

  await page.getByRole("searchbox", { name: "Search iModels" }).fill("");
  await list.getByRole("link").first().click();
  await expect(page).toHaveURL(/\/imodels\//);
  await expect(page.getByRole("heading", { level: 1 })).not.toHaveText("");

  const listCalls = await sim.requests({ method: "GET", path: "/imodels" });
  expect(listCalls.length).toBeGreaterThan(0);
  for (const call of listCalls) {
    expect(call.headers.authorization).toMatch(/^Bearer ey/);
    expect(call.headers.accept).toBe("application/vnd.bentley.itwin-platform.v2+json");
    expect(Object.keys(call.query)).not.toContain("$skip");
  }
});

test("the 10,000-iModel iTwin pages by continuation as the user scrolls, rendering only what is visible", async ({
  signedInPage: page,
  sim,
}) => {
  await page.goto(`/itwins/${SEED.itwins.largeCampus}`);
  const list = page.getByRole("list", { name: "iModels" });
  await expect(list.getByRole("listitem").first()).toBeVisible();
  await expect(page.getByText("100 iModels loaded, more as you scroll")).toBeVisible();

  // The page scrolls, not a box inside it.
  await page.evaluate(() => window.scrollTo(0, document.documentElement.scrollHeight));
  await expect(page.getByText(/^200 iModels loaded/)).toBeVisible();
  expect(await list.getByRole("listitem").count()).toBeLessThanOrEqual(60);

  const pages = await sim.requests({ method: "GET", path: "/imodels" });
  expect(pages.length).toBeGreaterThanOrEqual(2);
  expect(pages.at(-1)!.query.$continuationToken).toBeTruthy();
  expect(pages.every((call) => !("$skip" in call.query))).toBe(true);
});

test("the list shows an empty state and a clear error with a way to try again", async ({
  signedInPage: page,
  sim,
}) => {
  await page.goto(`/itwins/${SEED.itwins.greenfieldEmpty}`);
  await expect(page.getByText("This iTwin has no iModels yet.")).toBeVisible();
  await expectNoAxeViolations(page);

  await sim.fault({
    method: "GET",
    path: "/imodels",
    status: 404,
    code: "iTwinNotFound",
    message: "Requested iTwin is not available.",
  });
  await page.goto(`/itwins/${SEED.itwins.sunCity}`);
  await expect(page.getByRole("main").getByRole("alert")).toContainText(
    "Requested iTwin is not available.",
  );
  await page.getByRole("button", { name: "Try again" }).click();
  await expect(page.getByRole("link", { name: "Sun City Renewable-energy Plant" })).toBeVisible();
});

test("a reload keeps the session and the list state; sign-out ends it for good", async ({
  signedInPage: page,
  request,
}) => {
  await page.goto(`/itwins/${SEED.itwins.sunCity}?q=plant`);
  await expect(page.getByRole("link", { name: "Sun City Renewable-energy Plant" })).toBeVisible();
  await expectNoAxeViolations(page);

  await page.reload();
  await expect(page.getByRole("banner").getByText("Erin Editor")).toBeVisible();
  await expect(page.getByRole("searchbox", { name: "Search iModels" })).toHaveValue("plant");
  await expect(page.getByRole("link", { name: "Sun City Renewable-energy Plant" })).toBeVisible();

  const refreshToken = await page.evaluate(() => {
    for (let i = 0; i < sessionStorage.length; i++) {
      const value = sessionStorage.getItem(sessionStorage.key(i)!) ?? "";
      if (value.includes('"credentialType":"RefreshToken"'))
        return JSON.parse(value).secret as string;
    }
    return null;
  });
  expect(refreshToken).toBeTruthy();

  await signOut(page);
  await expect(page.getByRole("button", { name: "Sign in", exact: true })).toBeVisible();
  await page.goto(`/itwins/${SEED.itwins.sunCity}`);
  await expect(page.getByRole("button", { name: "Sign in", exact: true })).toBeVisible();

  const discovery = await (
    await request.get(`${IDP_URL}/.well-known/openid-configuration`, { ignoreHTTPSErrors: true })
  ).json();
  const refused = await request.post(discovery.token_endpoint, {
    ignoreHTTPSErrors: true,
    form: {
      grant_type: "refresh_token",
      refresh_token: refreshToken!,
      client_id: "imodel-admin-local",
    },
  });
  expect(refused.status()).toBe(400);
  expect((await refused.json()).error).toBe("invalid_grant");
});
