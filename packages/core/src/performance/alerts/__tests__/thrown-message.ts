import { GridKitError } from '../../../errors/GridKitError'

/** Runs `build`, expects it to throw a GridKitError, and returns that error's message. */
export function thrownMessage(build: () => unknown): string {
  try {
    build()
  } catch (error) {
    if (error instanceof GridKitError) return error.message
    throw error
  }
  throw new Error('expected a GridKitError')
}
