import AxeBuilder from "@axe-core/playwright";
import { test as base, expect, type BrowserContext, type Page } from "@playwright/test";
import { SimControl, type TestUser } from "./sim-control";

export const USER_NAMES: Record<TestUser, string> = {
  editor: "Erin Editor",
  viewer: "Vic Viewer",
  mixed: "Mia Mixed",
};

/** Signs in through the stand-in's real identity provider, as a person would. */
export async function signIn(page: Page, user: TestUser, path = "/"): Promise<void> {
  await page.goto(path);
  await page.getByRole("button", { name: "Sign in", exact: true }).click();
  await page.getByRole("button", { name: `Sign in as ${USER_NAMES[user]}` }).click();
  await expect(page.getByRole("banner").getByText(USER_NAMES[user])).toBeVisible();
}

/** Chooses an iTwin in the picker combobox: types part of its name, then clicks its option. */
export async function pickITwin(page: Page, name: string): Promise<void> {
  await page.getByRole("combobox", { name: "iTwin", exact: true }).fill(name);
  await page
    .getByRole("listbox", { name: "iTwin" })
    .getByRole("option")
    .filter({ hasText: name })
    .first()
    .click();
}

/** Opens the user menu in the header and signs out. */
export async function signOut(page: Page): Promise<void> {
  await page.getByRole("banner").getByRole("button", { expanded: false }).last().click();
  await page.getByRole("button", { name: "Sign out", exact: true }).click();
}

/** Fails with the list of violations, so the report says what to fix. */
export async function expectNoAxeViolations(page: Page): Promise<void> {
  const results = await new AxeBuilder({ page })
    .withTags(["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22a", "wcag22aa"])
    .analyze();
  expect(
    results.violations.map(
      (violation) => `${violation.id}: ${violation.nodes.map((node) => node.target).join(", ")}`,
    ),
  ).toEqual([]);
}

/**
 * What went wrong in any page of the test's context: a Content-Security-Policy or Trusted Types
 * violation, or an uncaught error. The test fails on any the test did not `allow`.
 */
export type PageProblems = {
  /** A test that provokes a violation on purpose says which (matched against the report). */
  allow(pattern: RegExp): void;
  readonly seen: readonly string[];
};

async function watchPageProblems(context: BrowserContext): Promise<string[]> {
  const problems: string[] = [];
  await context.exposeBinding("__reportSecurityViolation", ({ frame }, text: string) => {
    problems.push(`securitypolicyviolation on ${frame.url()}: ${text}`);
  });
  await context.addInitScript(() => {
    const report = (window as unknown as { __reportSecurityViolation(text: string): void })
      .__reportSecurityViolation;
    document.addEventListener(
      "securitypolicyviolation",
      (event) =>
        report(
          `${event.effectiveDirective} blocked ${event.blockedURI || "(inline)"}` +
            ` at ${event.sourceFile || "?"}:${event.lineNumber} ${event.sample}`.trimEnd(),
        ),
      true,
    );
  });
  context.on("weberror", (error) =>
    problems.push(`uncaught error on ${error.page()?.url() ?? "?"}: ${error.error().stack}`),
  );
  return problems;
}

type Fixtures = {
  pageProblems: PageProblems;
  sim: SimControl;
  user: TestUser;
  /** A page signed in as `user` (editor unless a test says otherwise), on the start page. */
  signedInPage: Page;
};

export const test = base.extend<Fixtures>({
  pageProblems: [
    async ({ context }, use) => {
      const seen = await watchPageProblems(context);
      const allowed: RegExp[] = [];
      await use({ allow: (pattern) => void allowed.push(pattern), seen });
      const unexpected = seen.filter((problem) => !allowed.some((p) => p.test(problem)));
      expect(unexpected, "CSP violations and uncaught errors in the page").toEqual([]);
    },
    { auto: true },
  ],
  sim: async ({ request }, use) => {
    const sim = new SimControl(request);
    await sim.reset();
    await use(sim);
  },
  user: ["editor", { option: true }],
  signedInPage: async ({ page, sim: _sim, user }, use) => {
    await signIn(page, user);
    await use(page);
  },
});

export { expect };
