// Links to the web open in the system browser: the app's window only ever
// shows Pyprep itself (the shell refuses any other page).

import { openWebLink } from "$lib/api";

/** The web address an anchor leads to, when it leads off the app. */
export function externalHref(target: EventTarget | null): string | null {
  const anchor = target instanceof Element ? target.closest("a[href]") : null;
  const href = anchor?.getAttribute("href") ?? "";
  return /^https?:\/\//i.test(href) ? href : null;
}

/** Sends clicks on web links to the system browser. Returns the remover. */
export function openWebLinksOutside(root: Document = document): () => void {
  const onclick = (event: MouseEvent) => {
    const href = externalHref(event.target);
    if (!href) return;
    event.preventDefault();
    void openWebLink(href).catch(() => {});
  };
  root.addEventListener("click", onclick);
  return () => root.removeEventListener("click", onclick);
}
