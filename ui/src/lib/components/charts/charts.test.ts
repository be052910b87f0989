import { fireEvent, render, screen, within } from "@testing-library/svelte";
import { afterEach, describe, expect, it } from "vitest";
import BarChart from "./BarChart.svelte";
import Heatmap from "./Heatmap.svelte";
import LineChart from "./LineChart.svelte";
import StackedRows from "./StackedRows.svelte";
import { labelIndices, niceTicks } from "./scale";

const titleOf = (el: Element) => el.querySelector("title")?.textContent;
const tooltipText = () => screen.getByTestId("tooltip").textContent?.replace(/\s+/g, " ").trim();
const ticksOf = (root: HTMLElement) =>
  within(root)
    .getAllByTestId("y-tick")
    .map((t) => Number(t.dataset.value));

describe("niceTicks", () => {
  it("gives 3 to 5 round ticks from 0 that reach the maximum", () => {
    expect(niceTicks(8, true)).toEqual([0, 2, 4, 6, 8]);
    expect(niceTicks(7, true)).toEqual([0, 2, 4, 6, 8]);
    expect(niceTicks(100, true)).toEqual([0, 25, 50, 75, 100]);
    expect(niceTicks(1234, true)).toEqual([0, 500, 1000, 1500]);
    expect(niceTicks(0.3, false)).toEqual([0, 0.1, 0.2, 0.3]);
    // Whole-number data never gets fractional ticks.
    expect(niceTicks(1, true)).toEqual([0, 1, 2]);
    for (let max = 1; max < 2000; max += 7) {
      const ticks = niceTicks(max, true);
      expect(ticks.length).toBeGreaterThanOrEqual(3);
      expect(ticks.length).toBeLessThanOrEqual(5);
      expect(ticks.at(-1)).toBeGreaterThanOrEqual(max);
    }
  });

  it("shows x labels far enough apart, ending on the last", () => {
    expect(labelIndices(5, 100, 30)).toEqual([0, 1, 2, 3, 4]);
    expect(labelIndices(365, 1.4, 30)).toEqual(
      Array.from({ length: 14 }, (_, i) => 364 - (13 - i) * 28),
    );
  });
});

describe("BarChart", () => {
  const props = {
    xLabel: "Day",
    yLabel: "Reviews",
    emptyText: "No reviews yet",
    testid: "chart",
  };

  it("shows the empty text over faint axes when every value is 0", () => {
    render(BarChart, {
      ...props,
      labels: ["Mon", "Tue"],
      series: [{ name: "Reviews", color: "var(--chart-1)", values: [0, 0] }],
    });
    const chart = screen.getByTestId("chart");
    expect(chart.textContent).toContain("No reviews yet");
    expect(within(chart).queryAllByTestId("bar")).toHaveLength(0);
    expect(within(chart).queryAllByTestId("y-tick")).toHaveLength(0);
    expect(within(chart).queryByRole("slider")).toBeNull();
  });

  it("shows the empty text when there are no bars", () => {
    render(BarChart, { ...props, labels: [], series: [] });
    expect(screen.getByTestId("chart").textContent).toContain("No reviews yet");
  });

  it("stacks the series, with totals, titles, a legend and ticks over the maximum", () => {
    render(BarChart, {
      ...props,
      labels: ["Mon", "Tue", "Wed"],
      series: [
        { name: "New", color: "var(--chart-1)", values: [1, 2, 3] },
        { name: "Review", color: "var(--chart-2)", values: [4, 0, 5] },
      ],
    });
    const chart = screen.getByTestId("chart");
    const bars = within(chart).getAllByTestId("bar");
    expect(bars.map((b) => b.dataset.total)).toEqual(["5", "2", "8"]);
    expect(titleOf(bars[1])).toBe("Tue\nNew: 2\nReview: 0\nTotal: 2");
    // A zero adds no segment.
    expect(bars[1].querySelectorAll("rect")).toHaveLength(1);
    expect(bars[2].querySelectorAll("rect")).toHaveLength(2);

    const ticks = ticksOf(chart);
    expect(ticks[0]).toBe(0);
    expect(ticks.at(-1)).toBeGreaterThanOrEqual(8);
    expect(ticks.length).toBeGreaterThanOrEqual(3);
    expect(ticks.length).toBeLessThanOrEqual(5);

    expect(within(chart).getByTestId("legend").textContent).toContain("Review");
    expect(chart.textContent).toContain("Reviews");
    expect(chart.textContent).toContain("Day");
  });

  it("formats values with thousands separators and leaves out a single series' legend", () => {
    render(BarChart, {
      ...props,
      labels: ["Jan", "Feb"],
      series: [{ name: "Reviews", color: "var(--chart-1)", values: [1234, 20] }],
    });
    const chart = screen.getByTestId("chart");
    const ticks = within(chart).getAllByTestId("y-tick");
    expect(ticks.map((t) => t.textContent)).toEqual(["0", "500", "1,000", "1,500"]);
    expect(titleOf(within(chart).getAllByTestId("bar")[0])).toBe("Jan\nReviews: 1,234");
    expect(within(chart).queryByTestId("legend")).toBeNull();
  });

  it("shows a tooltip for the focused bar and moves it with the arrow keys", async () => {
    render(BarChart, {
      ...props,
      labels: ["Mon", "Tue", "Wed"],
      series: [
        { name: "New", color: "var(--chart-1)", values: [1, 2, 3] },
        { name: "Review", color: "var(--chart-2)", values: [4, 0, 5] },
      ],
    });
    const plot = screen.getByRole("slider");
    expect(screen.queryByTestId("tooltip")).toBeNull();

    await fireEvent.focus(plot);
    expect(tooltipText()).toBe("Wed New 3 Review 5 Total 8");

    await fireEvent.keyDown(plot, { key: "ArrowLeft" });
    expect(tooltipText()).toBe("Tue New 2 Review 0 Total 2");
    expect(plot.getAttribute("aria-valuetext")).toBe("Tue, New: 2, Review: 0, Total: 2");

    await fireEvent.keyDown(plot, { key: "Home" });
    await fireEvent.keyDown(plot, { key: "ArrowLeft" });
    expect(tooltipText()).toBe("Mon New 1 Review 4 Total 5");

    await fireEvent.blur(plot);
    expect(screen.queryByTestId("tooltip")).toBeNull();
  });

  it("shows a tooltip for the bar under the pointer", async () => {
    render(BarChart, {
      ...props,
      labels: ["Mon", "Tue", "Wed"],
      series: [{ name: "Reviews", color: "var(--chart-1)", values: [1, 2, 3] }],
    });
    const plot = screen.getByRole("slider");
    // jsdom has no layout, so the plot is drawn at its fallback width of 560px, and no
    // PointerEvent, so a MouseEvent stands in for one.
    const move = (clientX: number) =>
      fireEvent(plot, new MouseEvent("pointermove", { bubbles: true, clientX }));
    await move(300);
    expect(tooltipText()).toBe("Tue Reviews 2");
    await move(555);
    expect(tooltipText()).toBe("Wed Reviews 3");
    await fireEvent.pointerLeave(plot);
    expect(screen.queryByTestId("tooltip")).toBeNull();
  });

  it("shows only a few x labels when there are many bars", () => {
    const labels = Array.from({ length: 90 }, (_, i) => `Day ${i + 1}`);
    render(BarChart, {
      ...props,
      labels,
      series: [{ name: "Reviews", color: "var(--chart-1)", values: labels.map((_, i) => i) }],
    });
    const chart = screen.getByTestId("chart");
    expect(within(chart).getAllByTestId("bar")).toHaveLength(90);
    const shown = within(chart).getAllByTestId("x-label");
    expect(shown.length).toBeGreaterThan(1);
    expect(shown.length).toBeLessThan(15);
    expect(shown.at(-1)?.textContent).toBe("Day 90");
  });

  it("draws a labelled guide line, and the axis reaches it", () => {
    render(BarChart, {
      ...props,
      labels: ["Mon", "Tue"],
      series: [{ name: "Minutes", color: "var(--chart-1)", values: [10, 20] }],
      guide: { value: 45, label: "Budget 45 min" },
    });
    const chart = screen.getByTestId("chart");
    const guide = within(chart).getByTestId("guide");
    expect(guide.textContent).toBe("Budget 45 min");
    expect(ticksOf(chart).at(-1)).toBeGreaterThanOrEqual(45);
  });
});

describe("LineChart", () => {
  const props = {
    xLabel: "Week",
    yLabel: "Accuracy",
    emptyText: "No answers yet",
    testid: "line",
    yMax: 100,
    format: (n: number) => `${n}%`,
  };

  it("shows the empty text when there is no value at all", () => {
    render(LineChart, {
      ...props,
      labels: ["W1", "W2"],
      series: [{ name: "Accuracy", color: "var(--chart-1)", values: [null, null] }],
    });
    const chart = screen.getByTestId("line");
    expect(chart.textContent).toContain("No answers yet");
    expect(within(chart).queryAllByTestId("point")).toHaveLength(0);
  });

  it("draws a dot per value and a line through each series", () => {
    render(LineChart, {
      ...props,
      labels: ["W1", "W2", "W3", "W4"],
      series: [
        { name: "Junior", color: "var(--chart-1)", values: [50, null, 75, 80] },
        { name: "Senior", color: "var(--chart-2)", values: [null, 20, 0, null] },
      ],
    });
    const chart = screen.getByTestId("line");
    expect(chart.textContent).not.toContain("No answers yet");
    const points = within(chart).getAllByTestId("point");
    expect(points.map((p) => p.dataset.value)).toEqual(["50", "75", "80", "20", "0"]);
    expect(titleOf(points[1])).toBe("W3\nJunior: 75%");
    expect(titleOf(points[4])).toBe("W3\nSenior: 0%");

    const lines = chart.querySelectorAll("polyline");
    expect(lines).toHaveLength(2);
    expect(lines[0].getAttribute("points")?.split(" ")).toHaveLength(3);

    expect(ticksOf(chart)).toEqual([0, 25, 50, 75, 100]);
    expect(within(chart).getByTestId("legend").textContent).toContain("Senior");
  });

  it("shows every series at the focused point", async () => {
    render(LineChart, {
      ...props,
      labels: ["W1", "W2"],
      series: [
        { name: "Junior", color: "var(--chart-1)", values: [50, 60] },
        { name: "Senior", color: "var(--chart-2)", values: [40, null] },
      ],
    });
    await fireEvent.focus(screen.getByRole("slider"));
    expect(tooltipText()).toBe("W2 Junior 60% Senior —");
  });
});

describe("Heatmap", () => {
  const tz = process.env.TZ;
  afterEach(() => {
    process.env.TZ = tz;
  });

  const days = () => screen.getAllByTestId("day");
  const y = (cell: HTMLElement) => Number(cell.getAttribute("y"));
  const x = (cell: HTMLElement) => Number(cell.getAttribute("x"));

  it("draws 365 empty days when nothing was studied", () => {
    render(Heatmap, { startDate: "2025-03-04", counts: Array(365).fill(0), testid: "heat" });
    const cells = days();
    expect(cells).toHaveLength(365);
    expect(cells.every((c) => c.dataset.level === "0")).toBe(true);
    expect(titleOf(cells[0])).toBe("No study on Tue 4 Mar 2025");
    expect(screen.getByTestId("heat").textContent).toContain("Less");
  });

  it("pads the first week so that Monday is the top row", () => {
    render(Heatmap, { startDate: "2025-03-03", counts: Array(365).fill(0) });
    const cells = days();
    const top = Math.min(...cells.map(y));
    expect(y(cells[0])).toBe(top);
    // Sunday closes the first column; the next Monday starts the second.
    expect(x(cells[6])).toBe(x(cells[0]));
    expect(x(cells[7])).toBeGreaterThan(x(cells[0]));
    expect(y(cells[7])).toBe(top);
  });

  it("puts a Sunday start in the bottom row of the first column", () => {
    render(Heatmap, { startDate: "2025-03-09", counts: Array(365).fill(0) });
    const cells = days();
    expect(y(cells[0])).toBe(Math.max(...cells.map(y)));
    expect(x(cells[1])).toBeGreaterThan(x(cells[0]));
  });

  it("colours and titles each day by its count, whatever the local time zone", () => {
    for (const zone of ["Pacific/Kiritimati", "America/Los_Angeles"]) {
      process.env.TZ = zone;
      const counts = Array(365).fill(0);
      counts[364] = 12; // 3 Mar 2026, a Tuesday
      counts[363] = 3;
      counts[0] = 1;
      const { unmount } = render(Heatmap, { startDate: "2025-03-04", counts });
      const cells = days();
      expect(titleOf(cells[364])).toBe("12 reviews on Tue 3 Mar 2026");
      expect(titleOf(cells[0])).toBe("1 review on Tue 4 Mar 2025");
      expect(cells[364].dataset.count).toBe("12");
      expect(cells.map((c) => c.dataset.level).slice(-3)).toEqual(["0", "1", "4"]);
      unmount();
    }
  });

  it("names months over the weeks where they start", () => {
    render(Heatmap, { startDate: "2025-03-04", counts: Array(365).fill(0), testid: "heat" });
    const labels = [...screen.getByTestId("heat").querySelectorAll("text")].map(
      (t) => t.textContent,
    );
    expect(labels).toEqual([
      "Mar",
      "Apr",
      "May",
      "Jun",
      "Jul",
      "Aug",
      "Sep",
      "Oct",
      "Nov",
      "Dec",
      "Jan",
      "Feb",
      "Mar",
      "Mon",
      "Wed",
      "Fri",
    ]);
  });
});

describe("StackedRows", () => {
  const parts = [
    { name: "New", color: "var(--chart-1)" },
    { name: "Learning", color: "var(--chart-2)" },
    { name: "Mature", color: "var(--chart-3)" },
  ];

  it("shows the empty text when there are no rows", () => {
    render(StackedRows, { rows: [], parts, emptyText: "No modules", testid: "rows" });
    expect(screen.getByTestId("rows").textContent).toContain("No modules");
    expect(screen.queryAllByTestId("row")).toHaveLength(0);
  });

  it("draws a row per item with its total and a titled segment per part", () => {
    render(StackedRows, {
      rows: [
        { label: "Python Fundamentals", values: [5, 3, 2] },
        { label: "Data Structures", values: [0, 4, 0] },
        { label: "Untouched", values: [0, 0, 0] },
      ],
      parts,
      emptyText: "No modules",
      testid: "rows",
    });
    const rows = screen.getAllByTestId("row");
    expect(rows).toHaveLength(3);
    expect(rows.map((r) => r.dataset.total)).toEqual(["10", "4", "0"]);
    expect(rows[0].textContent).toContain("Python Fundamentals");
    expect(rows[0].textContent).toContain("10");

    const titles = (row: HTMLElement) =>
      [...row.querySelectorAll(".segment")].map((s) => s.getAttribute("title"));
    expect(titles(rows[0])).toEqual(["New: 5", "Learning: 3", "Mature: 2"]);
    expect(titles(rows[1])).toEqual(["Learning: 4"]);
    expect(titles(rows[2])).toEqual([]);
    expect(screen.getByTestId("legend").textContent).toContain("Mature");
  });
});
