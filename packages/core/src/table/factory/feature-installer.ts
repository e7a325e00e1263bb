import type { TableBase } from '../instance/TableBase'
import type { TableFeatures } from '../types/options'

/** What a table gives a feature when it installs it. */
export interface FeatureInstallContext {
  /** The table's error hook (`options.onError`, or `console.error`). */
  onError: (error: unknown) => void
}

/** A feature's validated options, ready to attach to the table being created. */
export interface PreparedFeature {
  /** What `table.metrics` becomes (the performance monitor), or `undefined`. */
  readonly metrics?: unknown
  /** Attaches the feature to the new table; registers its own teardown with `addTeardown`. */
  install(table: TableBase<unknown>, context: FeatureInstallContext): void
}

/**
 * The seam through which `createTable` gets its optional features. The table never imports
 * a feature: the entry that wants one binds its installer (`createTableWith([installer])`),
 * so an app that does not use it never bundles its code (issue 13, "Bundle").
 */
export interface TableFeatureInstaller {
  /** The key of `features` it handles, e.g. `'performance'`. */
  readonly feature: keyof TableFeatures
  /**
   * Validates the option before the table exists (bad configuration throws a `GridKitError`
   * and leaves nothing behind); `undefined` when the feature is off.
   */
  prepare(input: unknown): PreparedFeature | undefined
}
