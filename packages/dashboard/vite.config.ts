import react from '@vitejs/plugin-react'
import { defineConfig } from 'vite'

// The dashboard is built once and served by scripts/serve.ts (`pnpm dashboard`).
export default defineConfig({
  plugins: [react()],
  // React, React DOM and GridKit in one chunk of about 540 KB minified: fine for a local tool.
  build: { outDir: 'dist', emptyOutDir: true, sourcemap: true, chunkSizeWarningLimit: 800 },
})
