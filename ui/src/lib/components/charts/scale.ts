// Arithmetic shared by the SVG charts: axis ticks, which x labels fit, and the plot's width.

import type { Attachment } from "svelte/attachments";

const integer = new Intl.NumberFormat("en-US", { maximumFractionDigits: 0 });

/** The default value format: a whole number with thousands separators, "1,234". */
export function formatInteger(n: number): string {
  return integer.format(n);
}

/**
 * 3 to 5 evenly spaced ticks from 0 to the first round number at or above `max`:
 * steps of 1, 2, 2.5 or 5 times a power of ten, never fractional for whole-number data.
 */
export function niceTicks(max: number, integers: boolean): number[] {
  if (!(max > 0)) return [0, 1];
  for (let power = Math.floor(Math.log10(max / 4)); ; power++) {
    for (const multiple of [1, 2, 2.5, 5]) {
      const step = multiple * 10 ** power;
      if (integers && !Number.isInteger(step)) continue;
      const intervals = Math.ceil(max / step - 1e-9);
      if (intervals > 4) continue;
      return Array.from({ length: Math.max(intervals, 2) + 1 }, (_, i) =>
        // toPrecision drops floating point noise such as 0.30000000000000004.
        Number((i * step).toPrecision(12)),
      );
    }
  }
}

/** Rough width in px of a label in the charts' 11px font, enough to keep labels apart. */
export function textWidth(text: string, size = 11): number {
  return text.length * size * 0.6;
}

/**
 * Which of `count` evenly spaced x labels to show so that none overlap: every k-th one,
 * counted back from the last (the most recent, on a timeline).
 */
export function labelIndices(count: number, spacing: number, widest: number): number[] {
  const every = Math.max(1, Math.ceil((widest + 8) / Math.max(spacing, 1)));
  const shown: number[] = [];
  for (let i = count - 1; i >= 0; i -= every) shown.unshift(i);
  return shown;
}

/** Reports an element's width now and whenever it changes (jsdom has no ResizeObserver). */
export function trackWidth(set: (width: number) => void): Attachment<HTMLElement> {
  return (node) => {
    set(node.clientWidth);
    if (typeof ResizeObserver === "undefined") return;
    const observer = new ResizeObserver(() => set(node.clientWidth));
    observer.observe(node);
    return () => observer.disconnect();
  };
}

/** What a bar or a point stands for: shown in the tooltip and in the SVG <title>. */
export type Detail = {
  title: string;
  rows: { name: string; color: string; value: string }[];
  total?: string;
};

export function detailText(detail: Detail): string {
  const lines = [detail.title, ...detail.rows.map((row) => `${row.name}: ${row.value}`)];
  if (detail.total !== undefined) lines.push(`Total: ${detail.total}`);
  return lines.join("\n");
}
