import { GridKitError, describeValue } from '../../errors/GridKitError'
import type { TableFeatures } from '../types/options'

/** The features `createTable` knows. */
export const KNOWN_FEATURES: readonly (keyof TableFeatures)[] = ['performance']

/** Throws unless `data` is an array. */
export function validateData(data: unknown): asserts data is readonly unknown[] {
  if (!Array.isArray(data)) {
    throw new GridKitError(
      'INVALID_DATA',
      `Option "data" must be an array of row objects; got ${describeValue(data)}.`,
      { option: 'data' },
    )
  }
}

/** Throws unless `value` is undefined or a function. */
export function validateOptionalFunction(name: string, value: unknown): void {
  if (value !== undefined && typeof value !== 'function') {
    throw new GridKitError(
      'INVALID_OPTION',
      `Option "${name}" must be a function; got ${describeValue(value)}.`,
      { option: name },
    )
  }
}

/** Throws unless `features` is undefined or an object whose keys are all known features. */
export function validateFeatures(features: unknown): asserts features is TableFeatures | undefined {
  if (features === undefined) return
  if (typeof features !== 'object' || features === null || Array.isArray(features)) {
    throw new GridKitError(
      'INVALID_OPTION',
      `Option "features" must be an object of optional features (${KNOWN_FEATURES.join(', ')}); got ${describeValue(features)}.`,
      { option: 'features' },
    )
  }
  for (const key of Object.keys(features)) {
    if (!(KNOWN_FEATURES as readonly string[]).includes(key)) {
      throw new GridKitError(
        'INVALID_OPTION',
        `Option "features" has unknown feature ${describeValue(key)}; known features: ${KNOWN_FEATURES.join(', ')}.`,
        { option: 'features', feature: key },
      )
    }
  }
}

/** Throws unless `id` is undefined or a non-empty string. */
export function validateTableId(id: unknown): asserts id is string | undefined {
  if (id !== undefined && (typeof id !== 'string' || id === '')) {
    throw new GridKitError(
      'INVALID_OPTION',
      `Option "id" must be a non-empty string; got ${describeValue(id)}.`,
      { option: 'id' },
    )
  }
}

/** Throws unless `value` is undefined or a boolean. */
export function validateOptionalBoolean(name: string, value: unknown): void {
  if (value !== undefined && typeof value !== 'boolean') {
    throw new GridKitError(
      'INVALID_OPTION',
      `Option "${name}" must be true or false; got ${describeValue(value)}.`,
      { option: name },
    )
  }
}

/** Throws unless `locale` is undefined or a BCP 47 language tag `Intl.Collator` accepts. */
export function validateLocale(locale: unknown): asserts locale is string | undefined {
  if (locale === undefined) return
  let valid = typeof locale === 'string' && locale !== ''
  if (valid) {
    try {
      Intl.Collator.supportedLocalesOf(locale as string)
    } catch {
      valid = false
    }
  }
  if (!valid) {
    throw new GridKitError(
      'INVALID_OPTION',
      `Option "locale" must be a BCP 47 language tag such as 'en-US' or 'sv'; got ${describeValue(locale)}.`,
      { option: 'locale' },
    )
  }
}
