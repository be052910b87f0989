import { sveltekit } from "@sveltejs/kit/vite";
import { svelteTesting } from "@testing-library/svelte/vite";
import { defineConfig } from "vitest/config";
import { bundledPackages } from "../scripts/licenses/bundled.mjs";

// Lists the npm packages the build ships, for the licences check (scripts/licenses).
const bundled = bundledPackages();

export default defineConfig({
  plugins: [sveltekit(), svelteTesting(), bundled],
  worker: { plugins: () => [bundled] },
  clearScreen: false,
  server: {
    port: 5173,
    strictPort: true,
    watch: {
      ignored: ["**/src-tauri/**"],
    },
    // The Python worker imports the harness from the engine crate (src-tauri/core).
    fs: { allow: [".."] },
  },
  resolve: process.env.VITEST ? { conditions: ["browser"] } : undefined,
  test: {
    environment: "jsdom",
    include: ["src/**/*.test.ts"],
    setupFiles: ["src/test-setup.ts"],
    restoreMocks: true,
  },
});
