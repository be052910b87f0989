// The first frame of a start: index.html carries the shell, drawn when the UI
// was built, so that a returning user sees it before any of the app's scripts
// have run; the app's own shell then takes its place.
import assert from "node:assert/strict";
import { test } from "node:test";

import { driverForThisFile, newDataDir, shown, textOf, withApp } from "./harness.mjs";

const driver = driverForThisFile();

test("a returning user's first frame is the shell, which the app's own then replaces", async () => {
  const dataDir = newDataDir();
  // The first start remembers that this user is past the welcome.
  await withApp(driver, dataDir, (app) => shown(app, "home-new-count"));
  await withApp(driver, dataDir, async (app) => {
    await shown(app, "home-new-count");
    const seen = await app.execute(async () => {
      /** The sidebar's entries: where each leads and its label (not the live counts). */
      const sidebarOf = (root) =>
        [...root.querySelectorAll("nav.sidebar .item")].map((item) => [
          item.getAttribute("href"),
          item.querySelector(".label").textContent,
        ]);
      const served = await (await fetch("/")).text();
      const firstFrame = new DOMParser()
        .parseFromString(served, "text/html")
        .getElementById("first-frame");
      return {
        drawn: firstFrame ? sidebarOf(firstFrame) : null,
        drawnCurrent: firstFrame?.querySelector('[aria-current="page"]')?.getAttribute("href"),
        drawnTestIds: firstFrame?.querySelectorAll("[data-testid]").length,
        live: sidebarOf(document),
        sidebars: document.querySelectorAll("nav.sidebar").length,
        firstFrameLeft: document.getElementById("first-frame") !== null,
        marks: { ...document.documentElement.dataset },
      };
    });
    assert.ok(seen.drawn, "index.html has no first frame");
    assert.ok(seen.live.length >= 8, `the live sidebar has ${seen.live.length} entries`);
    assert.deepEqual(seen.drawn, seen.live, "the drawn shell differs from the app's");
    assert.equal(seen.drawnCurrent, "/");
    // Tests waiting for the app's elements must not find the drawn copy's.
    assert.equal(seen.drawnTestIds, 0);
    assert.equal(seen.sidebars, 1);
    assert.equal(seen.firstFrameLeft, false);
    assert.equal(seen.marks.returning, "");
    assert.equal(seen.marks.platform, "linux");
    assert.match(seen.marks.theme, /^(light|dark)$/);
  });
});

test("while Home is on screen the app keeps a copy of it for the next first frame, and forgets it on leaving", async () => {
  const dataDir = newDataDir();
  await withApp(driver, dataDir, async (app) => {
    const newCount = await textOf(app, "home-new-count");
    const kept = () =>
      app.execute(() => {
        const raw = localStorage.getItem("pyprep.home");
        if (!raw) return null;
        const copy = new DOMParser().parseFromString(JSON.parse(raw).html, "text/html");
        return {
          sidebar: copy.querySelectorAll("nav.sidebar .item").length,
          newTile: copy.querySelector(".stats")?.textContent ?? "",
          testIds: copy.querySelectorAll("[data-testid]").length,
        };
      });
    await app.waitUntil(async () => (await kept()) !== null, {
      timeout: 5000,
      timeoutMsg: "Home was not kept",
    });
    const copy = await kept();
    assert.ok(copy.sidebar >= 8, `the kept copy has ${copy.sidebar} sidebar entries`);
    assert.match(copy.newTile, new RegExp(`New\\s*${newCount}(?!\\d)`));
    assert.equal(copy.testIds, 0);

    await (await shown(app, "nav-modules")).click();
    await app.waitUntil(async () => (await kept()) === null, {
      timeout: 5000,
      timeoutMsg: "the copy of Home outlived leaving Home",
    });
    await (await shown(app, "nav-home")).click();
    await app.waitUntil(async () => (await kept()) !== null, {
      timeout: 5000,
      timeoutMsg: "coming back to Home did not keep it again",
    });
  });
});

// WebKitGTK looks up each new combination of size, weight and figure style in
// fontconfig on its first use, about 1 ms each, before it can paint; Home's first
// frame had 24 of them and start-up paid for every one (scripts/bench/README.md).
test("Home's first frame draws its text in at most ten fonts, of two weights", async () => {
  const dataDir = newDataDir();
  await withApp(driver, dataDir, async (app) => {
    await shown(app, "home-new-count");
    const fonts = await app.execute(() => {
      const seen = new Set();
      for (const element of document.querySelectorAll("#app *")) {
        const drawsText = [...element.childNodes].some(
          (node) => node.nodeType === Node.TEXT_NODE && node.textContent.trim(),
        );
        if (!drawsText || !element.getClientRects().length) continue;
        const style = getComputedStyle(element);
        seen.add(
          `${style.fontSize} ${style.fontWeight} ${style.fontVariantNumeric} ${style.fontStyle}`,
        );
      }
      return [...seen];
    });
    assert.ok(fonts.length <= 10, `Home uses ${fonts.length} fonts:\n${fonts.join("\n")}`);
    const weights = new Set(fonts.map((font) => font.split(" ")[1]));
    assert.deepEqual([...weights].sort(), ["400", "600"]);
  });
});
