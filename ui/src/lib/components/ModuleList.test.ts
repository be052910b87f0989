import { render, screen, within } from "@testing-library/svelte";
import { describe, expect, it } from "vitest";
import { moduleSummary } from "$lib/test/fixtures";
import ModuleList from "./ModuleList.svelte";

describe("ModuleList", () => {
  it("renders modules in order, with a greyed coming-soon card for an empty module", () => {
    render(ModuleList, {
      modules: [
        moduleSummary({
          slug: "aws",
          order: 16,
          title: "AWS for Python developers",
          questionCount: 0,
          studied: 0,
          mature: 0,
          due: 0,
          planned: 30,
        }),
        moduleSummary(),
      ],
    });

    const cards = screen.getAllByTestId("module-card");
    expect(cards.map((card) => card.dataset.slug)).toEqual(["fundamentals", "aws"]);

    const ready = cards[0];
    expect(ready.tagName).toBe("A");
    expect(ready.getAttribute("href")).toBe("/modules/fundamentals");
    expect(ready.textContent).toContain("40 questions");
    expect(ready.textContent).toContain("3 due");
    expect(within(ready).queryByTestId("module-coming-soon")).toBeNull();

    const soon = cards[1];
    expect(soon.tagName).not.toBe("A");
    expect(soon.classList.contains("soon")).toBe(true);
    expect(within(soon).getByTestId("module-coming-soon").textContent).toContain("Coming soon");
    expect(soon.textContent).toContain("30 questions planned");
  });

  it("shows the handbook's modules and those beyond it under their own headings", () => {
    render(ModuleList, {
      modules: [
        moduleSummary({ slug: "21-sql", order: 21, title: "SQL", part: "beyond" }),
        moduleSummary(),
      ],
    });
    const handbook = screen.getByTestId("module-part-handbook");
    const beyond = screen.getByTestId("module-part-beyond");
    expect(within(handbook).getByRole("heading", { level: 2 }).textContent).toBe("The handbook");
    expect(within(beyond).getByRole("heading", { level: 2 }).textContent).toBe(
      "Beyond the handbook",
    );
    expect(
      within(beyond)
        .getAllByTestId("module-card")
        .map((c) => c.dataset.slug),
    ).toEqual(["21-sql"]);
  });

  it("needs no headings while every module is in the handbook", () => {
    render(ModuleList, { modules: [moduleSummary()] });
    expect(screen.queryByRole("heading", { level: 2 })).toBeNull();
  });
});
