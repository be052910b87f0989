// The window opens where and as large as the user left it.
import assert from "node:assert/strict";
import { setTimeout as sleep } from "node:timers/promises";
import { test } from "node:test";

import { newDataDir, screenshot, shown, driverForThisFile, withApp } from "./harness.mjs";

const driver = driverForThisFile();

test("window size and position are remembered, and the smallest size still works", async () => {
  const dataDir = newDataDir();
  await withApp(driver, dataDir, async (app) => {
    await shown(app, "home-new-count");
    await app.setWindowRect(40, 24, 800, 600);
    await sleep(1500);
    await screenshot(app, "10-home-800x600");
    const { scrollWidth, clientWidth } = await app.execute(() => {
      const { scrollWidth, clientWidth } = document.querySelector("main.content");
      return { scrollWidth, clientWidth };
    });
    assert.ok(scrollWidth <= clientWidth, `Home scrolls sideways: ${scrollWidth} > ${clientWidth}`);
  });
  await withApp(driver, dataDir, async (app) => {
    await shown(app, "home-new-count");
    const { x, y, width, height } = await app.getWindowRect();
    assert.deepEqual({ x, y, width, height }, { x: 40, y: 24, width: 800, height: 600 });
  });
});
