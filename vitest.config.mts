import { defineConfig } from 'vitest/config';

export default defineConfig({
    test: {
        include: ['test/**/*.test.ts'],
        setupFiles: ['./scripts/polyfill.mjs'],
        testTimeout: 20_000,
    },
});
