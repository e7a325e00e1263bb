import { defineConfig } from 'tsup'

// Two entries, like core: `.` (the hook over `@gridkit/core`) and `./table` (over
// `@gridkit/core/table`, no monitor); ESM + CJS + .d.ts. React and @gridkit/core are never
// bundled: React is the app's (a peer), core is a dependency the app's bundler dedupes.
export default defineConfig({
  entry: { index: 'src/index.ts', table: 'src/table.ts' },
  format: ['esm', 'cjs'],
  dts: true,
  sourcemap: true,
  clean: true,
  treeshake: true,
  target: 'es2022',
  // Without the workspace paths of tsconfig.json: types come from the built @gridkit/core.
  tsconfig: 'tsconfig.build.json',
  external: ['react', '@gridkit/core', '@gridkit/core/table'],
})
