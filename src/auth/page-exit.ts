let expected = false;

/**
 * Marks that the app itself is sending the page away (e.g. to sign in again, with unsaved
 * edits kept as a draft): leave guards must not ask "Leave site?" then. Returns the undo, for
 * when the page did not leave after all.
 */
export function expectPageExit(): () => void {
  expected = true;
  return () => {
    expected = false;
  };
}

export function isPageExitExpected(): boolean {
  return expected;
}
