import { availableParallelism } from 'node:os';
import path from 'node:path';
import { defineConfig } from 'vitest/config';

export default defineConfig({
  resolve: {
    alias: {
      '@': path.resolve(import.meta.dirname),
      'contentlayer/generated': path.resolve(import.meta.dirname, '.contentlayer/generated'),
    },
  },
  test: {
    include: ['tests/unit/**/*.test.{ts,tsx}'],
    environment: 'node',
    testTimeout: 30_000,
    // Vitest 4 runs with CPUs − 1 workers: one on a two-core machine. Much of the suite waits on
    // child processes (contentlayer, tsx scripts, git), so two workers there take the suite from
    // 334 s to 217 s.
    maxWorkers: Math.max(2, availableParallelism() - 1),
  },
});
