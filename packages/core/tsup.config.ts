import { defineConfig } from 'tsup'

// One tsup entry per subpath export in package.json; vendor destinations get their
// own entries so that the main entry never bundles a vendor SDK.
export default defineConfig({
  entry: {
    index: 'src/index.ts',
  },
  format: ['esm', 'cjs'],
  dts: true,
  sourcemap: true,
  clean: true,
  treeshake: true,
  target: 'es2022',
  tsconfig: 'tsconfig.json',
})
