import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['electron/**/*.test.ts', 'db/**/*.test.ts', 'renderer/**/*.test.{ts,tsx}', 'test/integration/**/*.test.ts'],
    environment: 'node',
    // Generous: CLI tests spawn processes and build vaults, which on a loaded 2-core machine take
    // minutes; a timeout here only guards against a hang (tests never assert wall-clock times).
    testTimeout: 120_000,
    hookTimeout: 120_000,
    pool: 'forks',
  },
});
