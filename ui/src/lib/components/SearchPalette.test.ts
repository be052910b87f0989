import { fireEvent, render, screen, waitFor } from "@testing-library/svelte";
import { describe, expect, it, vi } from "vitest";
import { mockCommands, searchHit } from "$lib/test/fixtures";
import SearchPalette from "./SearchPalette.svelte";

const hits = [
  searchHit(),
  searchHit({
    questionId: "fund-walrus-loop",
    titleHtml: "Using the <mark>walrus</mark> in a loop",
    snippetHtml: "Read chunks with the <mark>walrus</mark>…",
    difficulty: "senior",
  }),
];

describe("SearchPalette", () => {
  it("shows debounced results with highlighted title and snippet", async () => {
    const calls = mockCommands({ search: () => hits });
    render(SearchPalette, { onclose: vi.fn(), onselect: vi.fn(), debounceMs: 10 });

    const input = screen.getByTestId("search-input");
    expect(document.activeElement).toBe(input);
    await fireEvent.input(input, { target: { value: "wal" } });
    await fireEvent.input(input, { target: { value: "walrus" } });

    const results = await screen.findAllByTestId("search-result");
    expect(results).toHaveLength(2);
    expect(results[0].querySelector(".title mark")?.textContent).toBe("walrus");
    expect(results[0].querySelector(".snippet mark")?.textContent).toBe("walrus");
    expect(results[1].textContent).toContain("Senior");
    // Debounced: only the last text was searched.
    expect(calls).toEqual([{ cmd: "search", args: { query: "walrus", limit: 20 } }]);
  });

  it("shows inline code in result titles as code, keeping the marks", async () => {
    mockCommands({
      search: () => [
        searchHit({ titleHtml: "Why `<mark>dict</mark>.get` and not `d[k]` or `&lt;b&gt;`?" }),
      ],
    });
    render(SearchPalette, { onclose: vi.fn(), onselect: vi.fn(), debounceMs: 0 });
    await fireEvent.input(screen.getByTestId("search-input"), { target: { value: "dict" } });

    const [result] = await screen.findAllByTestId("search-result");
    const title = result.querySelector(".title")!;
    expect([...title.querySelectorAll("code")].map((code) => code.textContent)).toEqual([
      "dict.get",
      "d[k]",
      "<b>",
    ]);
    expect(title.querySelector("code mark")?.textContent).toBe("dict");
    expect(title.querySelector("b")).toBeNull();
    expect(title.textContent).toBe("Why dict.get and not d[k] or <b>?");
  });

  it("moves with the arrow keys and opens the active result with Enter", async () => {
    mockCommands({ search: () => hits });
    const onselect = vi.fn();
    render(SearchPalette, { onclose: vi.fn(), onselect, debounceMs: 0 });
    const input = screen.getByTestId("search-input");
    await fireEvent.input(input, { target: { value: "walrus" } });
    await screen.findAllByTestId("search-result");

    await fireEvent.keyDown(input, { key: "ArrowDown" });
    const options = screen.getAllByRole("option");
    expect(options[1].getAttribute("aria-selected")).toBe("true");
    await fireEvent.keyDown(input, { key: "Enter" });
    expect(onselect).toHaveBeenCalledWith(hits[1]);

    await fireEvent.keyDown(input, { key: "ArrowDown" });
    expect(options[0].getAttribute("aria-selected")).toBe("true");
  });

  it("says so when nothing matches, and closes on Escape", async () => {
    mockCommands({ search: () => [] });
    const onclose = vi.fn();
    render(SearchPalette, { onclose, onselect: vi.fn(), debounceMs: 0 });
    const input = screen.getByTestId("search-input");
    await fireEvent.input(input, { target: { value: "zzz" } });
    await waitFor(() => expect(document.body.textContent).toContain("No questions match “zzz”"));
    await fireEvent.keyDown(input, { key: "Escape" });
    expect(onclose).toHaveBeenCalled();
  });
});
