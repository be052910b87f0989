// Whether the last start found the user past the welcome. Someone coming back
// gets the sidebar and Home at once, filled in as the start-up answers arrive,
// instead of a loading screen until they do (about 35 ms sooner on screen,
// measured with npm run bench:startup). The engine stays the judge: a start
// that finds the welcome still due goes to it.

import { recall, remember } from "./remembered";

export const RETURNING_KEY = "pyprep.returning";

export function cameBefore(): boolean {
  return recall(RETURNING_KEY) === "yes";
}

export function rememberReturning(returning: boolean): void {
  remember(RETURNING_KEY, returning ? "yes" : null);
}
