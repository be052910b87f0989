// Builders for the scheduler's settings values: optimizer statuses, fits and plan simulations.

import type { Fit, OptimizerStatus, SimulatedDay, Simulation } from "$lib/bindings";

export function fit(overrides: Partial<Fit> = {}): Fit {
  return {
    ranAt: "2026-03-02T09:30:00Z",
    reviews: 1234,
    defaults: { logLoss: 0.412, rmse: 0.061 },
    fitted: { logLoss: 0.389, rmse: 0.042 },
    parameters: [0.2, 1.2, 3.1],
    adopted: true,
    ...overrides,
  };
}

export function optimizerStatus(overrides: Partial<OptimizerStatus> = {}): OptimizerStatus {
  return {
    usingFitted: false,
    pinnedDefaults: false,
    reviews: 37,
    lastFit: null,
    nextFitAtReviews: 400,
    ...overrides,
  };
}

/** `count` days from 2026-03-01 with `day` for each. */
export function days(count: number, day: Partial<SimulatedDay> = {}): SimulatedDay[] {
  return Array.from({ length: count }, (_, i) => ({
    date: `2026-03-${String(i + 1).padStart(2, "0")}`,
    reviews: 20,
    new: 10,
    minutes: 30,
    leftOver: 0,
    ...day,
  }));
}

export function simulation(overrides: Partial<Simulation> = {}): Simulation {
  const simulated = overrides.days ?? days(5);
  return {
    days: simulated,
    modules: [
      { title: "Python Fundamentals", readiness: 0.82 },
      { title: "Data Structures", readiness: 0.64 },
    ],
    recallOnDay: 0.9,
    readiness: 0.78,
    totalReviews: simulated.reduce((sum, d) => sum + d.reviews + d.new, 0),
    peakMinutes: Math.max(...simulated.map((d) => d.minutes)),
    unseenOnDay: 0,
    ...overrides,
  };
}
