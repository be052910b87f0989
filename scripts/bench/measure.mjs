// One measured launch of a desktop app on the current X display: the time from
// launch to its first painted frame and to the frame it settles on, and the
// memory (PSS) of all its processes 4 s after launch. See bench-startup.mjs.
import { spawn } from "node:child_process";
import path from "node:path";
import { createInterface } from "node:readline";
import { setTimeout as sleep } from "node:timers/promises";

import { pssMiB } from "./processes.mjs";

const GRAB = path.join(import.meta.dirname, "grab.py");
/** A frame with more colours than this shows a page (a blank window or root has one or two). */
export const PAINTED = 30;
export const SETTLE_MS = 4000;

/** CLOCK_MONOTONIC in ms: the clock grab.py stamps its frames with. */
const now = () => Number(process.hrtime.bigint()) / 1e6;

/** Starts grabbing the screen; resolves once the first frame is in. */
async function startGrabbing() {
  const grab = spawn("python3", [GRAB], { stdio: ["pipe", "pipe", "inherit"] });
  const frames = [];
  let first;
  const firstFrame = new Promise((resolve) => (first = resolve));
  createInterface({ input: grab.stdout }).on("line", (line) => {
    const [ns, colours, crc] = line.split(" ");
    frames.push({ at: Number(BigInt(ns)) / 1e6, colours: Number(colours), crc });
    first();
  });
  await firstFrame;
  const ended = new Promise((resolve) => grab.on("exit", resolve));
  return {
    frames,
    async stop() {
      grab.stdin.end();
      await ended;
    },
  };
}

async function blankScreen() {
  for (let tries = 0; tries < 100; tries++) {
    const grab = await startGrabbing();
    await grab.stop();
    if (grab.frames.at(-1).colours <= 2) return;
    await sleep(100);
  }
  throw new Error("the screen did not clear after the last app closed");
}

/**
 * Launches `binary` and measures it. `firstPaint`: launch to the first frame
 * with more than PAINTED colours. `settled`: launch to the first frame equal to
 * the one on screen at SETTLE_MS (the screen complete: for Pyprep, Home with
 * its figures). `frames`: launch to each new painted picture up to then.
 * `pss`: MiB at SETTLE_MS. `stderr`: what the app printed.
 */
export async function measureLaunch({ binary, args = [], env = {} }) {
  await blankScreen();
  const grab = await startGrabbing();
  const launched = now();
  const app = spawn(binary, args, {
    stdio: ["ignore", "ignore", "pipe"],
    env: { ...process.env, WEBKIT_DISABLE_DMABUF_RENDERER: "1", ...env },
  });
  let stderr = "";
  app.stderr.on("data", (chunk) => (stderr += chunk));
  const exited = new Promise((resolve) => app.on("exit", resolve));
  await sleep(SETTLE_MS - (now() - launched));
  const pss = pssMiB(app.pid);
  await grab.stop();
  app.kill("SIGTERM");
  const killer = setTimeout(() => app.kill("SIGKILL"), 3000);
  await exited;
  clearTimeout(killer);

  const frames = grab.frames.filter((frame) => frame.at >= launched);
  const last = frames.at(-1);
  // Each new picture on the way.
  const pictures = frames.filter(
    (frame, i) => frame.colours > PAINTED && frame.crc !== frames[i - 1]?.crc,
  );
  const settled = frames.find((frame) => frame.crc === last.crc && frame.colours > PAINTED);
  if (!pictures.length || !settled) throw new Error(`${binary} painted nothing in ${SETTLE_MS} ms`);
  return {
    firstPaint: pictures[0].at - launched,
    frames: pictures.map((frame) => frame.at - launched),
    settled: settled.at - launched,
    pss,
    stderr,
    launched,
  };
}
