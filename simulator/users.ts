import type { SeedUserKey } from "./seed-ids";

export interface TestUser {
  key: SeedUserKey;
  name: string;
  preferredUsername: string;
  /** One line shown on the sign-in page and printed at start. */
  mayDo: string;
}

export const TEST_USERS: readonly TestUser[] = [
  {
    key: "editor",
    name: "Erin Editor",
    preferredUsername: "erin.editor@example.com",
    mayDo: "May view and edit every iModel (imodels_manage everywhere).",
  },
  {
    key: "viewer",
    name: "Vic Viewer",
    preferredUsername: "vic.viewer@example.com",
    mayDo: "May only view iModels (imodels_webview); editing is refused.",
  },
  {
    key: "mixed",
    name: "Mia Mixed",
    preferredUsername: "mia.mixed@example.com",
    mayDo:
      "May edit iModels of Harbor Bridge Retrofit except its secured one (view only); elsewhere view and read.",
  },
];

export function findUser(key: string): TestUser | undefined {
  return TEST_USERS.find((user) => user.key === key);
}
