// The name of the runtime's memory snapshot in the app's cache: a snapshot only
// fits the Pyodide build and the harness it was taken with.

/** FNV-1a, 32 bits: enough to tell harness versions apart. */
export function fnv1a(text: string): string {
  let hash = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    hash ^= text.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193) >>> 0;
  }
  return hash.toString(16).padStart(8, "0");
}

export function snapshotName(pyodideVersion: string, harnessSource: string): string {
  const version = pyodideVersion.toLowerCase().replace(/[^a-z0-9.]/g, "-");
  return `snapshot-${version}-${fnv1a(harnessSource)}`;
}
