import type { Page } from "@playwright/test";
import { SEED } from "../simulator/seed-ids";
import { expect, USER_NAMES } from "./fixtures";
import type { LoggedRequest, SimControl } from "./sim-control";

/**
 * The fault matrix as data: what the user does (operations) × what goes wrong (faults).
 * e2e/resilience-fault-matrix.spec.ts makes one test per cell; e2e/fault-matrix-reporter.ts
 * prints the table with pass/fail per cell.
 */

export { MATRIX_ANNOTATION } from "./fault-matrix-reporter";

export type CellContext = { page: Page; sim: SimControl };
type Target = { method: string; path: string };

/** What becomes of the operation under a fault. */
export type Outcome =
  /** The app gets there by itself (retry, renewal, waiting out a 429); the user only waits. */
  | "recovers"
  /** The user sees what failed, nothing is lost, and one click tries again. */
  | "fails"
  /** The page stays; "Sign in again" (popup), then the work completes. */
  | "signInAgain";

export type Operation = {
  name: string;
  /** Reads are retried by react-query; writes wait for the user (they are never sent twice behind their back). */
  kind: "read" | "write";
  /** The request the fault is planted on. */
  target: Target;
  okStatus: number;
  /** Brings the page to one step before the operation; no fault is planted yet. */
  arrange(ctx: CellContext): Promise<void>;
  /** The user's step that sends the request. */
  act(ctx: CellContext): Promise<void>;
  /** What the user sees while the request hangs. */
  expectBusy(ctx: CellContext): Promise<void>;
  /** What the user sees after the failure (`reason` is the message), and that nothing was lost. */
  expectFailed(ctx: CellContext, reason: RegExp): Promise<void>;
  /** The one click that tries again (after a failure, or after signing in again). */
  retry(ctx: CellContext, after: Outcome): Promise<void>;
  /** Done: on the page and on the server. */
  expectDone(ctx: CellContext): Promise<void>;
};

export type Fault = {
  name: string;
  plant(sim: SimControl, target: Target): Promise<void>;
  outcome: Record<Operation["kind"], Outcome>;
  /** The message the user reads when it fails. */
  reason?: RegExp;
  /** Seen while the app waits, before the outcome. */
  whileWaiting?(ctx: CellContext, operation: Operation): Promise<void>;
  /** The statuses the stand-in logged for the operation's request, oldest first (null: still held back). */
  expectStatuses(statuses: (number | null)[], operation: Operation): void;
  /** More about those requests, when the statuses do not say it all. */
  expectRequests?(requests: LoggedRequest[]): void;
};

// ---------------------------------------------------------------------------------------------
// Operations

const SUN_CITY = SEED.itwins.sunCity;
const PLANT = SEED.imodels.sunCityPlant;
const PLANT_NAME = "Sun City Renewable-energy Plant";
const LIST_URL = `/itwins/${SUN_CITY}`;
const NEW_NAME = "Plant renamed through a fault";
const NEW_DESCRIPTION = "This edit must survive whatever the network does";

const main = (page: Page) => page.getByRole("main");
const nameBox = (page: Page) => page.getByRole("textbox", { name: "Name", exact: true });
const descriptionBox = (page: Page) =>
  page.getByRole("textbox", { name: "Description", exact: true });
const rowStar = (page: Page) =>
  page.getByRole("button", { name: `Favorite ${PLANT_NAME}`, exact: true });
const rowLink = (page: Page) =>
  page.getByRole("list", { name: "iModels" }).getByRole("link", { name: PLANT_NAME });
const loadError = (page: Page) => main(page).getByRole("alert");

/** The names the server holds as the editor's favorites in Sun City; null when it would not say (a rate limit): poll. */
export async function serverFavorites(sim: SimControl): Promise<string[] | null> {
  const response = await sim.asUser("editor", "GET", `/imodels/favorites?iTwinId=${SUN_CITY}`);
  if (!response.ok()) return null;
  const body = (await response.json()) as { iModels: { displayName: string }[] };
  return body.iModels.map((m) => m.displayName).sort();
}

/** The iModel's name and description on the server; null when it would not say (a rate limit): poll. */
export async function serverIModel(
  sim: SimControl,
  id = PLANT,
): Promise<{ name: string; description: string | null } | null> {
  const response = await sim.asUser("editor", "GET", `/imodels/${id}`);
  if (!response.ok()) return null;
  const body = (await response.json()) as {
    iModel: { displayName: string; description: string | null };
  };
  return { name: body.iModel.displayName, description: body.iModel.description };
}

const readOperation = (
  name: string,
  url: string,
  target: Target,
  shown: (page: Page) => Promise<void>,
  loading: string,
): Operation => ({
  name,
  kind: "read",
  target,
  okStatus: 200,
  arrange: async () => {},
  act: async ({ page }) => {
    await page.goto(url);
  },
  expectBusy: async ({ page }) => {
    await expect(main(page).getByRole("status").filter({ hasText: loading })).toBeVisible();
  },
  expectFailed: async ({ page }, reason) => {
    await expect(loadError(page)).toContainText(reason);
    await expect(loadError(page).getByRole("button", { name: "Try again" })).toBeVisible();
    // Not a white page: the app and its heading are still there.
    await expect(page.getByRole("banner").getByText(USER_NAMES.editor)).toBeVisible();
    await expect(main(page).getByRole("heading", { level: 1 })).toBeVisible();
  },
  retry: async ({ page }) => {
    await loadError(page).getByRole("button", { name: "Try again" }).click();
  },
  expectDone: async ({ page }) => {
    await shown(page);
    await expect(loadError(page)).toHaveCount(0);
  },
});

const loadList = readOperation(
  "load list",
  LIST_URL,
  { method: "GET", path: "/imodels" },
  async (page) => {
    await expect(rowLink(page)).toBeVisible();
  },
  "Loading iModels…",
);

const loadDetail = readOperation(
  "load detail",
  `/imodels/${PLANT}`,
  { method: "GET", path: `/imodels/${PLANT}` },
  async (page) => {
    await expect(main(page).getByRole("heading", { level: 1, name: PLANT_NAME })).toBeVisible();
    await expect(nameBox(page)).toHaveValue(PLANT_NAME);
    await expect(nameBox(page)).toBeEditable();
  },
  "Loading the iModel…",
);

const save: Operation = {
  name: "save",
  kind: "write",
  target: { method: "PATCH", path: `/imodels/${PLANT}` },
  okStatus: 200,
  arrange: async ({ page }) => {
    await page.goto(`/imodels/${PLANT}`);
    await expect(nameBox(page)).toBeEditable();
    await nameBox(page).fill(NEW_NAME);
    await descriptionBox(page).fill(NEW_DESCRIPTION);
  },
  act: async ({ page }) => {
    await page.getByRole("button", { name: "Save", exact: true }).click();
  },
  expectBusy: async ({ page }) => {
    await expect(main(page).getByText("Saving…")).toBeVisible();
    await expect(main(page).getByRole("button", { name: "Cancel", exact: true })).toBeVisible();
  },
  expectFailed: async ({ page }, reason) => {
    await expect(main(page).getByText(reason)).toBeVisible();
    await expect(nameBox(page)).toHaveValue(NEW_NAME);
    await expect(descriptionBox(page)).toHaveValue(NEW_DESCRIPTION);
  },
  retry: async ({ page }, after) => {
    // After signing in again, the save goes on by itself; other trouble is retried by hand.
    if (after === "signInAgain") return;
    await main(page).getByRole("button", { name: "Retry save", exact: true }).click();
  },
  expectDone: async ({ page, sim }) => {
    await expect(page.getByRole("status").filter({ hasText: /^Saved\.$/ })).toHaveCount(1);
    await expect(main(page).getByRole("heading", { level: 1 })).toHaveText(NEW_NAME);
    await expect(nameBox(page)).toHaveValue(NEW_NAME);
    expect(await serverIModel(sim)).toEqual({ name: NEW_NAME, description: NEW_DESCRIPTION });
    // Every attempt sent the same edits, and only the fields the user changed.
    const bodies = (await sim.requests({ method: "PATCH" })).map((r) => r.body);
    expect(bodies.length).toBeGreaterThan(0);
    expect(bodies).toEqual(bodies.map(() => ({ name: NEW_NAME, description: NEW_DESCRIPTION })));
  },
};

const starOperation = (name: "star" | "unstar"): Operation => {
  const wanted = name === "star";
  const pressed = String(wanted);
  return {
    name,
    kind: "write",
    target: { method: wanted ? "PUT" : "DELETE", path: `/imodels/favorites/${PLANT}` },
    okStatus: 204,
    arrange: async ({ page, sim }) => {
      if (!wanted)
        expect((await sim.asUser("editor", "PUT", `/imodels/favorites/${PLANT}`)).status()).toBe(
          204,
        );
      await page.goto(LIST_URL);
      await expect(rowStar(page)).toBeEnabled();
      await expect(rowStar(page)).toHaveAttribute("aria-pressed", String(!wanted));
    },
    act: async ({ page }) => {
      await rowStar(page).click();
    },
    expectBusy: async ({ page }) => {
      // Optimistic: the star shows the click at once, whatever the network does.
      await expect(rowStar(page)).toHaveAttribute("aria-pressed", pressed);
    },
    expectFailed: async ({ page, sim }, reason) => {
      const verb = wanted
        ? `Could not add ${PLANT_NAME} to favorites`
        : `Could not remove ${PLANT_NAME} from favorites`;
      const toast = page.getByRole("alert").filter({ hasText: verb });
      await expect(toast).toContainText(reason);
      await expect(toast).toContainText("The star was put back.");
      // Put back to what the server holds, so the star never lies.
      await expect(rowStar(page)).toHaveAttribute("aria-pressed", String(!wanted));
      expect(await serverFavorites(sim)).toEqual(wanted ? [] : [PLANT_NAME]);
      await expect(rowLink(page)).toBeVisible();
    },
    retry: async ({ page }) => {
      await rowStar(page).click();
    },
    expectDone: async ({ page, sim }) => {
      await expect(rowStar(page)).toHaveAttribute("aria-pressed", pressed);
      await expect.poll(() => serverFavorites(sim)).toEqual(wanted ? [PLANT_NAME] : []);
      await page.reload();
      await expect(rowStar(page)).toBeEnabled();
      await expect(rowStar(page)).toHaveAttribute("aria-pressed", pressed);
    },
  };
};

export const OPERATIONS: Operation[] = [
  loadList,
  loadDetail,
  save,
  starOperation("star"),
  starOperation("unstar"),
];

// ---------------------------------------------------------------------------------------------
// Faults

const countdown = async ({ page }: CellContext) => {
  await expect(
    page
      .getByRole("status")
      .filter({ hasText: /^Rate limited by the iTwin Platform — retrying in \d+ s$/ }),
  ).toBeVisible();
};

/** Exactly these statuses, each ending with the operation's success: no request storm. */
const exactly =
  (...statuses: ("ok" | number | null)[]) =>
  (seen: (number | null)[], operation: Operation) =>
    expect(seen).toEqual(statuses.map((s) => (s === "ok" ? operation.okStatus : s)));

/** A 429 code as the spec has it: favorites writes say RateLimitExceeded, the rest TooManyRequests. */
const rateLimitCode = (target: Target) =>
  target.path.startsWith("/imodels/favorites/") && target.method !== "GET"
    ? "RateLimitExceeded"
    : "TooManyRequests";

/** The request went again with another token than the one refused. */
const renewedToken = ([refused, accepted]: LoggedRequest[]) => {
  expect(accepted?.headers.authorization).toMatch(/^Bearer /);
  expect(accepted?.headers.authorization).not.toBe(refused?.headers.authorization);
};

/** Reads are retried three times by react-query (four attempts); a fault outlasting them shows. */
const READ_ATTEMPTS = 4;

export const FAULTS: Fault[] = [
  {
    name: "429 Retry-After",
    plant: (sim, target) =>
      sim.fault({ ...target, status: 429, code: rateLimitCode(target), retryAfter: 2 }),
    outcome: { read: "recovers", write: "recovers" },
    whileWaiting: countdown,
    expectStatuses: exactly(429, "ok"),
  },
  {
    name: "429 no Retry-After",
    // Twice, so the backoff (0.5–1 s, then 1–2 s) runs long enough to be seen.
    plant: (sim, target) =>
      sim.fault({ ...target, status: 429, code: rateLimitCode(target), times: 2 }),
    outcome: { read: "recovers", write: "recovers" },
    whileWaiting: countdown,
    expectStatuses: exactly(429, 429, "ok"),
  },
  {
    name: "500",
    plant: (sim, target) =>
      sim.fault({ ...target, status: 500, times: target.method === "GET" ? READ_ATTEMPTS : 1 }),
    outcome: { read: "fails", write: "fails" },
    reason: /An internal error occurred/,
    expectStatuses: (seen, operation) =>
      exactly(
        ...(operation.kind === "read" ? Array<number>(READ_ATTEMPTS).fill(500) : [500]),
        "ok",
      )(seen, operation),
  },
  {
    name: "503",
    plant: (sim, target) => sim.fault({ ...target, status: 503 }),
    outcome: { read: "recovers", write: "fails" },
    reason: /The service is temporarily unavailable/,
    expectStatuses: exactly(503, "ok"),
  },
  {
    name: "network failure",
    // Chromium sends a request again by itself, on each idle kept-alive connection in turn, when a
    // reused connection drops: enough drops to outlast those and react-query's retries. The test
    // clears what is left once the failure shows.
    plant: (sim, target) => sim.fault({ ...target, status: 0, times: 30 }),
    outcome: { read: "fails", write: "fails" },
    reason: /could not be reached/,
    expectStatuses: (seen, operation) => {
      expect(seen.at(-1)).toBe(operation.okStatus);
      expect(seen.slice(0, -1)).toEqual(seen.slice(0, -1).map(() => 0));
      expect(seen.length).toBeGreaterThan(operation.kind === "read" ? READ_ATTEMPTS : 1);
    },
  },
  {
    name: "hanging response",
    // Longer than the app's 6 s timeout (REQUEST_TIMEOUT_MS in playwright.config.ts); the next reset drops it.
    plant: (sim, target) => sim.fault({ ...target, delayMs: 30_000 }),
    outcome: { read: "recovers", write: "fails" },
    reason: /did not answer in time/,
    whileWaiting: (ctx, operation) => operation.expectBusy(ctx),
    expectStatuses: exactly(null, "ok"),
  },
  {
    name: "malformed body",
    plant: (sim, target) => sim.fault({ ...target, status: 200, body: "<html>oops</html>" }),
    outcome: { read: "fails", write: "fails" },
    reason: /sent an answer this app cannot read/,
    expectStatuses: exactly(200, "ok"),
  },
  {
    name: "401 renewable",
    plant: (sim, target) => sim.fault({ ...target, status: 401, code: "Unauthorized" }),
    outcome: { read: "recovers", write: "recovers" },
    expectStatuses: exactly(401, "ok"),
    expectRequests: renewedToken,
  },
  {
    name: "session ended",
    plant: async (sim, target) => {
      await sim.revokeSessions("editor");
      await sim.fault({ ...target, status: 401, code: "Unauthorized" });
    },
    outcome: { read: "signInAgain", write: "signInAgain" },
    reason: /sign-in has expired/,
    expectStatuses: exactly(401, "ok"),
    expectRequests: renewedToken,
  },
];

/** The operation's requests since `since` requests were logged, oldest first. */
export async function requestsOf(
  sim: SimControl,
  target: Target,
  since: number,
): Promise<LoggedRequest[]> {
  return (await sim.requests())
    .slice(since)
    .filter((r) => r.method === target.method && r.path === target.path);
}

/** The statuses as the stand-in logged them: null while a request is still held back. */
export const statusesOf = (requests: LoggedRequest[]) =>
  requests.map((r) => r.status as number | null);

/** Short words for the outcomes, as the matrix prints them. */
export const OUTCOME_LABEL: Record<Outcome, string> = {
  recovers: "auto",
  fails: "retry",
  signInAgain: "sign-in",
};

/** Follows "Sign in again" through the popup, as Erin would; the page behind stays as it was. */
export async function signInAgainInPopup(page: Page): Promise<void> {
  const banner = page
    .getByRole("alert")
    .filter({ hasText: "Your sign-in has expired. Your unsaved changes are kept." });
  await expect(banner).toBeVisible();
  const popupOpened = page.waitForEvent("popup");
  await banner.getByRole("button", { name: "Sign in again" }).click();
  const popup = await popupOpened;
  await popup.getByRole("button", { name: `Sign in as ${USER_NAMES.editor}` }).click();
  await expect(banner).toHaveCount(0);
  await expect.poll(() => popup.isClosed()).toBe(true);
}
