import { build } from 'esbuild'
import { gzipSync } from 'node:zlib'
const src = process.argv[2]
const r = await build({ stdin: { contents: src, resolveDir: process.cwd(), loader: 'ts' }, bundle: true, minify: true, write: false, format: 'esm', platform: 'browser', metafile: true, treeShaking: true, external: ['@sentry/browser','@datadog/browser-logs','@newrelic/browser-agent'] })
const code = r.outputFiles[0].contents
console.log(code.length, gzipSync(code, {level: 9}).length)
if (process.argv[3]) { const o = Object.values(r.metafile.outputs)[0]; const ins = Object.entries(o.inputs).sort((a,b)=>b[1].bytesInOutput-a[1].bytesInOutput); for (const [k,v] of ins) console.log(v.bytesInOutput, k) }
