import { measureAlternating, type MeasureOptions, type TrialResult } from './measure-alternating.ts'

/** Median of one operation alone, in ms per call (see {@link measureAlternating}). */
export async function measureOne(
  name: string,
  run: () => void,
  options: MeasureOptions & { prepare?: () => void },
): Promise<TrialResult> {
  const trial =
    options.prepare === undefined ? { name, run } : { name, run, prepare: options.prepare }
  const [result] = await measureAlternating([trial], options)
  if (result === undefined) throw new Error(`no result for ${name}`)
  return result
}
