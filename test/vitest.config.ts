import { defineConfig } from 'vitest/config';

// Kept under test/ so the project's top level stays as the README describes.
export default defineConfig({
  test: {
    root: new URL('..', import.meta.url).pathname,
    include: ['test/**/*.test.ts'],
    exclude: ['test/.tmp/**', 'node_modules/**'],
    // Builds the site once for the browser tests (test/e2e/); SKIP_BUILD=1 reuses dist/.
    globalSetup: ['test/global-setup.ts'],
    testTimeout: 60_000,
    hookTimeout: 600_000,
  },
});
