import { render, screen } from "@testing-library/svelte";
import { describe, expect, it } from "vitest";
import { ApiError } from "$lib/api";
import StartupError from "./StartupError.svelte";

describe("StartupError", () => {
  it("explains a newer database and shows the engine's message", () => {
    render(StartupError, {
      error: new ApiError("newer_database", "schema version 9; this version knows up to 1"),
    });
    const screenEl = screen.getByTestId("startup-error");
    expect(screenEl.textContent).toContain("newer Pyprep");
    expect(screenEl.textContent).toContain("schema version 9");
  });
});
