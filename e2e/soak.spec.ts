import type { Page } from "@playwright/test";
import { SEED } from "../simulator/seed-ids";
import { nameBox, saveButton } from "./edit-page";
import { expect, test } from "./fixtures";
import type { Fault, SimControl } from "./sim-control";

/**
 * A seeded random journey: starring, editing, saving, discarding and reloading while the
 * stand-in answers with 429s and late answers, none of which may lose what the user meant.
 * A model keeps what the user intended; at the end the stand-in's state and the UI must
 * equal it. Replay one seed with `SEED=7 npx playwright test soak`; `npm run soak` runs
 * longer journeys.
 */
const SEEDS = process.env.SEED ? [Number(process.env.SEED)] : [1, 2, 3];
const ACTIONS = Number(process.env.SOAK_ACTIONS ?? 10);
const SUN_CITY = SEED.itwins.sunCity;
// Not the editable ones: a save renames them, and the star's name with them.
const STARRABLE = ["Sun City Control Building", "Sun City Substation"];
const EDITABLE = [SEED.imodels.sunCityPlant, SEED.imodels.sunCityWindFarm];

/** mulberry32: small, fast and the same everywhere. */
function random(seed: number) {
  let a = seed >>> 0;
  const next = () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  return { next, pick: <T>(items: readonly T[]): T => items[Math.floor(next() * items.length)]! };
}

type Model = { favorites: Set<string>; names: Map<string, string> };

const star = (page: Page, name: string) =>
  page.getByRole("button", { name: `Favorite ${name}`, exact: true });

async function serverFavorites(sim: SimControl): Promise<string[]> {
  const response = await sim.asUser("editor", "GET", `/imodels/favorites?iTwinId=${SUN_CITY}`);
  const body = (await response.json()) as { iModels: { displayName: string }[] };
  return body.iModels.map((m) => m.displayName).sort();
}

async function serverName(sim: SimControl, id: string): Promise<string> {
  const response = await sim.asUser("editor", "GET", `/imodels/${id}`);
  return ((await response.json()) as { iModel: { name: string } }).iModel.name;
}

// A long run reaches the stand-in's real Trial limit (500 requests a minute) as well as the
// injected 429s; a person waits out its countdown, so each step may take up to one window.
const PATIENT = { timeout: 65_000 };

const FAULTS: Fault[] = [
  { method: "PUT", path: "/imodels/favorites/*", status: 429, retryAfter: 1 },
  { method: "DELETE", path: "/imodels/favorites/*", status: 429, retryAfter: 1 },
  { method: "PUT", path: "/imodels/favorites/*", delayMs: 800 },
  { method: "PATCH", path: "/imodels/*", delayMs: 800 },
  { method: "PATCH", path: "/imodels/*", status: 429, retryAfter: 1 },
  { method: "GET", path: "/imodels/*", status: 429, retryAfter: 1 },
];

async function openList(page: Page) {
  await page.goto(`/itwins/${SUN_CITY}`);
  await expect(star(page, STARRABLE[0]!)).toBeEnabled(PATIENT);
}

for (const seed of SEEDS) {
  test(`soak, seed ${seed}`, async ({ signedInPage: page, sim }) => {
    test.setTimeout(60_000 + ACTIONS * 15_000);
    const rng = random(seed);
    const model: Model = { favorites: new Set(), names: new Map() };
    for (const id of EDITABLE) model.names.set(id, await serverName(sim, id));
    page.on("dialog", (dialog) => void dialog.accept());
    const counts = { actions: 0, faults: 0 };
    await openList(page);

    for (let step = 0; step < ACTIONS; step += 1) {
      if (rng.next() < 0.3) {
        await sim.fault(rng.pick(FAULTS));
        counts.faults += 1;
      }
      const action = rng.pick(["star", "star", "save", "discard", "reload"] as const);
      counts.actions += 1;
      switch (action) {
        case "star": {
          await openList(page);
          const name = rng.pick(STARRABLE);
          const pressed = (await star(page, name).getAttribute("aria-pressed")) === "true";
          await star(page, name).click();
          if (pressed) model.favorites.delete(name);
          else model.favorites.add(name);
          await expect(star(page, name)).toHaveAttribute("aria-pressed", String(!pressed), PATIENT);
          break;
        }
        case "save": {
          const id = rng.pick(EDITABLE);
          const name = `Soak ${seed}.${step}`;
          await page.goto(`/imodels/${id}`);
          await expect(nameBox(page)).toBeEditable(PATIENT);
          await nameBox(page).fill(name);
          await saveButton(page).click();
          await expect(page.getByRole("status").filter({ hasText: "Saved." })).toHaveCount(
            1,
            PATIENT,
          );
          model.names.set(id, name);
          break;
        }
        case "discard": {
          const id = rng.pick(EDITABLE);
          await page.goto(`/imodels/${id}`);
          await expect(nameBox(page)).toBeEditable(PATIENT);
          await nameBox(page).press("End");
          await nameBox(page).press("X");
          await page.getByRole("button", { name: "Discard changes" }).click();
          await expect(nameBox(page)).toHaveValue(model.names.get(id)!);
          break;
        }
        case "reload":
          await page.reload();
          break;
      }
    }

    await sim.clearFaults();
    await openList(page);
    const wanted = [...model.favorites].sort();
    await expect.poll(() => serverFavorites(sim), { timeout: 20_000 }).toEqual(wanted);
    const divergences: string[] = [];
    for (const name of STARRABLE) {
      const shown = (await star(page, name).getAttribute("aria-pressed")) === "true";
      if (shown !== model.favorites.has(name)) divergences.push(`star ${name}: UI ${shown}`);
    }
    for (const [id, name] of model.names) {
      const onServer = await serverName(sim, id);
      if (onServer !== name) divergences.push(`name ${id}: server ${onServer}, meant ${name}`);
      await page.goto(`/imodels/${id}`);
      await expect(nameBox(page)).toBeEditable();
      const shown = await nameBox(page).inputValue();
      if (shown !== name) divergences.push(`name ${id}: UI ${shown}, meant ${name}`);
      if (await page.getByText("Unsaved changes restored.").count())
        divergences.push(`name ${id}: a draft came back`);
    }
    const requests = (await sim.requests()).length;
    console.log(
      `soak seed ${seed}: actions ${counts.actions}, faults ${counts.faults}, requests ${requests}, divergences ${divergences.length}`,
    );
    expect(divergences).toEqual([]);
  });
}
