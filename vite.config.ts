/// <reference types="vitest/config" />
import { defineConfig } from 'vite';
import react from '@vitejs/plugin-react';

export default defineConfig(({ mode }) => ({
  plugins: [react()],
  define: {
    // The mock backend is bundled only in dev and in `--mode mock`; a production build drops it.
    __MOCK_BACKEND__: JSON.stringify(mode === 'development' || mode === 'mock' || mode === 'test'),
  },
  server: { port: 5173 },
  preview: { port: 4173, strictPort: true },
  build: { target: 'es2022', sourcemap: false, chunkSizeWarningLimit: 1500 },
  test: {
    globals: true,
    environment: 'node',
    include: ['src/**/*.test.{ts,tsx}', 'scripts/**/*.test.ts'],
    setupFiles: ['src/test/setup.ts'],
    pool: 'threads',
    testTimeout: 20000,
  },
}));
