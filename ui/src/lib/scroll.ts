// Scrolling helpers for the question screens.

/** Scrolls what just appeared into view when it landed low in the window. */
export function bringIntoView(element: HTMLElement | undefined) {
  const container = element?.closest("main");
  if (!element || !container) return;
  const top = element.getBoundingClientRect().top - container.getBoundingClientRect().top;
  if (top > container.clientHeight * 0.55) {
    element.scrollIntoView({ block: "start", behavior: "smooth" });
  }
}

/** True when `element` shows clear of a round's bottom bar (about the last 90px). */
export function inSight(element: HTMLElement, container: Element | null | undefined): boolean {
  if (!container) return true;
  const box = element.getBoundingClientRect();
  const view = container.getBoundingClientRect();
  return box.top + 40 <= view.bottom - 90;
}
