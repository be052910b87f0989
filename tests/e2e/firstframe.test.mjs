// The first frame of a start: index.html carries the shell, drawn when the UI
// was built, so that a returning user sees it before any of the app's scripts
// have run; the app's own shell then takes its place.
import assert from "node:assert/strict";
import { test } from "node:test";

import { driverForThisFile, newDataDir, shown, withApp } from "./harness.mjs";

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
