// Type-checks every ```ts (and ```tsx) code block of README.md and docs/**/*.md against the source
// of @gridkit/core, so examples in the docs cannot drift from the code. Each block is
// compiled as its own module; a block must therefore be self-contained (declare its data).
// A block fenced as ```ts no-check is skipped (for fragments that cannot stand alone).
import { execFileSync } from 'node:child_process'
import { mkdirSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs'
import { join, relative } from 'node:path'

const root = join(import.meta.dirname, '..')
const outDir = join(root, 'node_modules', '.docs-check')

function markdownFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name)
    if (entry.isDirectory()) return markdownFiles(path)
    return entry.name.endsWith('.md') ? [path] : []
  })
}

const blockPattern = /^```(tsx|typescript|ts)([^\n]*)\n([\s\S]*?)^```/gm
const files = [join(root, 'README.md'), ...markdownFiles(join(root, 'docs'))]

rmSync(outDir, { recursive: true, force: true })
mkdirSync(outDir, { recursive: true })
let count = 0
for (const file of files) {
  const text = readFileSync(file, 'utf8')
  const name = relative(root, file).replace(/[^a-zA-Z0-9]+/g, '_')
  let index = 0
  for (const match of text.matchAll(blockPattern)) {
    index += 1
    if ((match[2] ?? '').includes('no-check')) continue
    const line = text.slice(0, match.index).split('\n').length
    const header = `// ${relative(root, file)}:${line}\n`
    const extension = match[1] === 'tsx' ? 'tsx' : 'ts'
    writeFileSync(
      join(outDir, `${name}_${index}.${extension}`),
      `${header}${match[3] ?? ''}\nexport {}\n`,
    )
    count += 1
  }
}

if (count === 0) {
  console.log('docs:check: no code blocks to check')
  process.exit(0)
}

const src = relative(outDir, join(root, 'packages/core/src'))
// React's types live with @gridkit/react (pnpm does not hoist them to the root).
const reactTypes = relative(outDir, join(root, 'packages/react/node_modules/@types/react'))
writeFileSync(
  join(outDir, 'tsconfig.json'),
  JSON.stringify(
    {
      extends: relative(outDir, join(root, 'tsconfig.base.json')),
      compilerOptions: {
        noEmit: true,
        types: ['node'],
        typeRoots: [relative(outDir, join(root, 'node_modules/@types'))],
        baseUrl: '.',
        paths: {
          '@gridkit/core': [`${src}/index.ts`],
          '@gridkit/core/table': [`${src}/table.ts`],
          '@gridkit/core/alerts/*': [`${src}/performance/alerts/*.ts`],
          '@gridkit/core/otel': [`${src}/otel/index.ts`],
          '@gridkit/react': [relative(outDir, join(root, 'packages/react/src/index.ts'))],
          '@gridkit/react/table': [relative(outDir, join(root, 'packages/react/src/table.ts'))],
          react: [`${reactTypes}/index.d.ts`],
          'react/jsx-runtime': [`${reactTypes}/jsx-runtime.d.ts`],
        },
        jsx: 'react-jsx',
      },
      include: ['*.ts', '*.tsx'],
    },
    null,
    2,
  ),
)

const tsc = join(root, 'node_modules', '.bin', 'tsc')
try {
  execFileSync(tsc, ['-p', join(outDir, 'tsconfig.json')], { stdio: 'inherit' })
} catch {
  console.error(`docs:check: type errors in the code blocks above (files in ${outDir})`)
  process.exit(1)
}
console.log(`docs:check: ${count} code blocks in ${files.length} files type-check`)
