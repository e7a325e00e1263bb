const captured: string[] = []
let capturing = false

/**
 * From now on, keeps a copy of everything written to stdout (the parent's lines and the suite
 * processes' piped output), for the saved run that docs/benchmarks.md is written from.
 */
export function captureStdout(): void {
  if (capturing) return
  capturing = true
  const write = process.stdout.write.bind(process.stdout)
  process.stdout.write = (chunk: string | Uint8Array, ...rest: unknown[]): boolean => {
    captured.push(typeof chunk === 'string' ? chunk : Buffer.from(chunk).toString('utf8'))
    return (write as (chunk: string | Uint8Array, ...rest: unknown[]) => boolean)(chunk, ...rest)
  }
}

/** Everything written to stdout since {@link captureStdout}. */
export function capturedStdout(): string {
  return captured.join('')
}
