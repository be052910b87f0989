// A single-page app: Tauri serves the built files, there is no server.
export const ssr = false;
export const prerender = false;
