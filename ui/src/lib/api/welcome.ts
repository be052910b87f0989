// The first-run welcome: whether to show it, and its end.

import { commands, type Settings, type WelcomeChoice } from "../bindings";
import { unwrap } from "./core";

/** True for a new user, who sees the welcome before anything else. */
export function needsWelcome(): Promise<boolean> {
  return unwrap(() => commands.needsWelcome());
}

/** Ends the welcome with a role and date chosen, or `null` to skip; gives the saved settings. */
export function finishWelcome(choice: WelcomeChoice | null): Promise<Settings> {
  return unwrap(() => commands.finishWelcome(choice));
}
