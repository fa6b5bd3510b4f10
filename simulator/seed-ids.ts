/**
 * Fixed identifiers of the stand-in's seed data, so tests and demos can refer to them.
 * Nothing here changes between runs or resets.
 */
export const SEED = {
  itwins: {
    sunCity: "ad0ba809-9241-48ad-9eb0-c8038c1a1d51",
    harborBridge: "b1a7c0de-4e2f-4b8a-9c11-2f3d4e5f6a01",
    metroLine4: "c2b8d1ef-5f30-4c9b-8d22-3a4e5f6a7b02",
    kansaiDepot: "d3c9e2f0-6a41-4dac-9e33-4b5f6a7b8c03",
    aegeanPort: "e4d0f301-7b52-4ebd-8f44-5c6a7b8c9d04",
    greenfieldEmpty: "f5e10412-8c63-4fce-a055-6d7b8c9dae05",
    largeCampus: "a6f21523-9d74-4adf-b166-7e8c9daebf06",
    /** status "Inactive": listed only with includeInactive or status=Inactive; the viewer is no member. */
    oldMillInactive: "a7032634-ae85-4be0-8277-8f9daebfc007",
  },
  imodels: {
    /** The example of the update-imodel seed document, exactly. */
    sunCityPlant: "5e19bee0-3aea-4355-a9f0-c6df9989ee7d",
    /** state "notInitialized": PATCH answers 409. */
    notInitialized: "11111111-2222-4333-8444-000000000001",
    /** extent null. */
    noExtent: "11111111-2222-4333-8444-000000000002",
    /** description null. */
    nullDescription: "11111111-2222-4333-8444-000000000003",
    /** A name of exactly 255 characters. */
    longName: "11111111-2222-4333-8444-000000000004",
    /** Description with HTML-looking text (`<img src=x onerror=alert(1)>`). */
    htmlDescription: "11111111-2222-4333-8444-000000000005",
    /** isSecured: the mixed user has only imodels_webview here (iTwin role: manage). */
    harborSecured: "11111111-2222-4333-8444-000000000006",
    /** A plain Harbor Bridge iModel: the mixed user may manage it. */
    harborDeck: "11111111-2222-4333-8444-000000000007",
    /** extent with south > north. */
    invertedExtent: "11111111-2222-4333-8444-000000000008",
    /** extent with a latitude and a longitude out of range. */
    outOfRangeExtent: "11111111-2222-4333-8444-000000000009",
    /** isSecured and invisible to the viewer (404 for them). */
    metroRestricted: "11111111-2222-4333-8444-00000000000a",
    /** Japanese name. */
    japanese: "11111111-2222-4333-8444-00000000000b",
    /** Greek name. */
    greek: "11111111-2222-4333-8444-00000000000c",
    /** Arabic name. */
    arabic: "11111111-2222-4333-8444-00000000000d",
    /** extent crossing the antimeridian (west > east). */
    antimeridianExtent: "11111111-2222-4333-8444-00000000000e",
    /** Another Sun City iModel, handy as a rename-conflict partner. */
    sunCityWindFarm: "11111111-2222-4333-8444-00000000000f",
  },
  users: {
    editor: "editor",
    viewer: "viewer",
    mixed: "mixed",
  },
} as const;

export type SeedUserKey = keyof typeof SEED.users;

export const LARGE_CAMPUS_COUNT = 10_000;

/** The id of the i-th iModel (0-based) of the "Large Campus Portfolio" iTwin. */
export function largeCampusIModelId(index: number): string {
  const hex = index.toString(16).padStart(12, "0");
  return `7a000000-0000-4000-8000-${hex}`;
}

/** The OIDC client the app uses against the stand-in's identity provider. */
export const DEV_CLIENT_ID = "imodel-admin-local";
/** Audience and scope of the stand-in's access tokens. */
export const API_AUDIENCE = "itwin-platform";
export const API_SCOPE = "itwin-platform";
