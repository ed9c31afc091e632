import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['test/**/*.test.ts'],
    // Fixed fast-check seed for the quick property tests (test/setup.ts).
    setupFiles: ['test/setup.ts'],
    // End-to-end tests start the built CLI as a process; give them room on a shared 2-core machine.
    testTimeout: 60_000,
    hookTimeout: 60_000,
    pool: 'forks',
  },
});
