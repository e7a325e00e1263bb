import { createTableWith, type CreateTable } from '../../table/factory/create-table'
import { performanceInstaller } from './performance-installer'

/**
 * Creates a table, with `features.performance` available (`@gridkit/core`). Options are
 * checked here: bad input throws a `GridKitError` whose `code` says what is wrong and whose
 * message names the option and what it accepts.
 */
export const createTable: CreateTable = createTableWith([performanceInstaller])
