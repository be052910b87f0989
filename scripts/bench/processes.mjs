// The memory of an app and the processes it started (WebKit's web and network processes).
import { readdirSync, readFileSync } from "node:fs";

/** Process ids of `rootPid` and every process under it. */
function processTree(rootPid) {
  const children = new Map();
  for (const entry of readdirSync("/proc").filter((name) => /^\d+$/.test(name))) {
    try {
      const stat = readFileSync(`/proc/${entry}/stat`, "utf8");
      const parent = Number(stat.slice(stat.lastIndexOf(")") + 2).split(" ")[1]);
      children.set(parent, [...(children.get(parent) ?? []), Number(entry)]);
    } catch {
      // The process ended while we looked.
    }
  }
  const tree = [];
  const stack = [rootPid];
  while (stack.length) {
    const pid = stack.pop();
    tree.push(pid);
    stack.push(...(children.get(pid) ?? []));
  }
  return tree;
}

/** PSS in MiB of `pid` and every process under it. */
export function pssMiB(pid) {
  let kib = 0;
  for (const each of processTree(pid)) {
    try {
      kib += Number(readFileSync(`/proc/${each}/smaps_rollup`, "utf8").match(/^Pss:\s+(\d+)/m)[1]);
    } catch {
      // Gone, a kernel thread, or not ours to read.
    }
  }
  return kib / 1024;
}
