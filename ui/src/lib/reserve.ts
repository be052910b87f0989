// `use:reserve`: reserves a sticky bar's height as scroll padding on the page's
// scroller, so what the browser brings into view (an answer box, the caret
// while typing, a model answer) lands clear of the bar instead of under it.

export function reserve(bar: HTMLElement, side: "top" | "bottom") {
  const scroller = bar.closest("main");
  if (!scroller) return {};
  const property = side === "top" ? "scrollPaddingTop" : "scrollPaddingBottom";
  const update = () => (scroller.style[property] = `${bar.offsetHeight}px`);
  update();
  const observer = typeof ResizeObserver === "undefined" ? null : new ResizeObserver(update);
  observer?.observe(bar);
  return {
    destroy: () => {
      observer?.disconnect();
      scroller.style[property] = "";
    },
  };
}
