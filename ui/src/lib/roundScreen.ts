// Opening a round's screen: the same checks for the answering, scoring and
// results screens of a round.

import { toApiError } from "./api";
import type { Round, RoundStage } from "./bindings";
import { roundHref } from "./rounds";

/** How opening went when the screen itself has something to show for it. */
export type RoundOpening =
  { status: "shown" } | { status: "missing" } | { status: "error"; message: string };

/**
 * Loads round `id` for the screen of `stage` and hands it to `show`. A round at
 * another stage is sent on to that stage's screen (and counts as shown); a bad
 * or unknown id is "missing"; any other failure, of the load or of `show`, is "error".
 */
export async function openRoundScreen(
  id: number,
  stage: RoundStage,
  fetch: (id: number) => Promise<Round>,
  navigate: (href: string, replace?: boolean) => void,
  show: (round: Round) => Promise<void> | void,
): Promise<RoundOpening> {
  if (!Number.isInteger(id) || id < 0) return { status: "missing" };
  try {
    const loaded = await fetch(id);
    if (loaded.stage !== stage) navigate(roundHref(loaded.id, loaded.stage), true);
    else await show(loaded);
    return { status: "shown" };
  } catch (e) {
    const error = toApiError(e);
    if (error.kind === "not_found") return { status: "missing" };
    return { status: "error", message: error.message };
  }
}
