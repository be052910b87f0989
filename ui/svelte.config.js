import adapter from "@sveltejs/adapter-static";
import { vitePreprocess } from "@sveltejs/vite-plugin-svelte";

/** @type {import('@sveltejs/kit').Config} */
const config = {
  preprocess: vitePreprocess(),
  compilerOptions: {
    runes: true,
  },
  kit: {
    // index.html is Home's page, prerendered so that it links Home's code and
    // styles for the first frame (lib/homeSnapshot.ts). Tauri serves it for
    // any path it has no file for, so no fallback page is written, and its
    // links are absolute, to work from any path.
    adapter: adapter({
      pages: "build",
      assets: "build",
      strict: false,
    }),
    paths: { relative: false },
  },
};

export default config;
