// Marks <html data-platform="linux"> inside WebKitGTK, whose font stack styles/tokens.css
// keeps short: WebKitGTK asks fontconfig for every family of a stack at each
// new size and weight, and a list of fonts the machine lacks made each layout
// of Home take about 150 ms more on a Linux desktop (measured with
// npm run bench:startup).

/** True for the webview on Linux (WebKitGTK says "X11; Linux" under Wayland too). */
export function isLinuxWebView(userAgent: string): boolean {
  return /\b(Linux|X11)\b/.test(userAgent) && !/\bAndroid\b/.test(userAgent);
}

export function markPlatform(
  root: HTMLElement = document.documentElement,
  userAgent = navigator.userAgent,
): void {
  if (isLinuxWebView(userAgent)) root.dataset.platform = "linux";
}
