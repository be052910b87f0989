// Home's figures come with the page, so that it is drawn once, complete:
// at start-up the shell in index.html is already on screen while they are
// asked (about 10 ms), and coming back to Home shows no placeholders. They
// are asked when Home opens, never ahead (app.html preloads code on hover,
// not data), so they are never stale.
import * as api from "$lib/api";
import { app } from "$lib/app.svelte";
import type { PageLoad } from "./$types";

// index.html is this page, built without its data (the app renders no page
// on a server): it links Home's code and styles, which a returning user's
// first frame needs (lib/homeSnapshot.ts).
export const prerender = true;

export const load: PageLoad = async () => {
  try {
    const [plan, modules] = await Promise.all([api.studyPlan(), api.listModules()]);
    app.counts = plan.counts;
    return { today: { plan, modules }, error: null };
  } catch (e) {
    return { today: null, error: api.toApiError(e).message };
  }
};
