import { describe, expect, it } from "vitest";
import type { RoundPoint } from "./api";
import {
  binLabels,
  forecastLabels,
  passRate,
  retentionCells,
  roundScoreSeries,
} from "./progressCharts";

function round(id: number, preset: string | null, score: number): RoundPoint {
  return {
    id,
    preset,
    startedAt: "2026-03-02T10:00:00Z",
    score,
    secondsPerQuestion: 60,
    questions: 5,
  };
}

describe("progress chart helpers", () => {
  it("labels daily bins by date and monthly bins by month", () => {
    expect(binLabels("2026-02-27", 1, 3)).toEqual(
      ["2026-02-27", "2026-02-28", "2026-03-01"].map((d) =>
        new Date(`${d}T00:00:00Z`).toLocaleDateString(undefined, {
          month: "short",
          day: "numeric",
          timeZone: "UTC",
        }),
      ),
    );
    const monthly = binLabels("2026-01-01", 30, 2);
    expect(monthly[1]).toContain("2026");
  });

  it("starts the forecast with today", () => {
    const labels = forecastLabels("2026-03-02", 30);
    expect(labels).toHaveLength(30);
    expect(labels[0]).toBe("Today");
  });

  it("shows pass rates with their counts, and a dash with no reviews", () => {
    expect(passRate(46, 50)).toBe("92% (46/50)");
    expect(passRate(0, 0)).toBe("—");
    const cells = retentionCells({
      period: "week",
      youngPassed: 9,
      youngReviews: 10,
      maturePassed: 0,
      matureReviews: 0,
    });
    expect(cells).toEqual({ young: "90% (9/10)", mature: "—", total: "90% (9/10)" });
  });

  it("splits round scores into one line per preset", () => {
    const series = roundScoreSeries([
      round(1, "Data Engineer", 0.5),
      round(2, null, 0.8),
      round(3, "Data Engineer", 0.75),
    ]);
    expect(series).toEqual([
      { name: "Data Engineer", values: [50, null, 75] },
      { name: "Custom", values: [null, 80, null] },
    ]);
  });
});
