import { describe, expect, it } from 'vitest'
import { GridKitError } from '../../../errors/GridKitError'
import type { TableBase } from '../../instance/TableBase'
import { createTableWith } from '../create-table'
import type { TableFeatureInstaller } from '../feature-installer'

interface Item {
  a: number
}

const columns = [{ accessorKey: 'a' as const }]

/** An installer for `performance` that records what the factory asks of it. */
function recordingInstaller(metrics: unknown): {
  installer: TableFeatureInstaller
  calls: string[]
  installed: TableBase<unknown>[]
} {
  const calls: string[] = []
  const installed: TableBase<unknown>[] = []
  const installer: TableFeatureInstaller = {
    feature: 'performance',
    prepare(input) {
      calls.push(`prepare ${JSON.stringify(input)}`)
      if (input === 'bad') throw new GridKitError('INVALID_PERFORMANCE_OPTION', 'bad input')
      if (input === false) return undefined
      return {
        metrics,
        install(table, context) {
          calls.push(`install ${table.id} ${typeof context.onError}`)
          installed.push(table)
          table.addTeardown(() => calls.push(`teardown ${table.id}`))
        },
      }
    },
  }
  return { installer, calls, installed }
}

describe('createTableWith', () => {
  it('prepares, then installs the bound feature on the new table and sets metrics', () => {
    const monitor = { kind: 'monitor' }
    const { installer, calls, installed } = recordingInstaller(monitor)
    const createTable = createTableWith([installer])
    const table = createTable<Item>({
      data: [{ a: 1 }],
      columns,
      id: 'with-feature',
      features: { performance: true },
    })
    expect(calls).toEqual(['prepare true', 'install with-feature function'])
    expect(installed[0]).toBe(table)
    expect(table.metrics as unknown).toBe(monitor)
    table.destroy()
    expect(calls.at(-1)).toBe('teardown with-feature')
  })

  it('installs nothing when the installer says the feature is off or it is absent', () => {
    const { installer, calls } = recordingInstaller({})
    const createTable = createTableWith([installer])
    const off = createTable<Item>({ data: [], columns, features: { performance: false } })
    expect(off.metrics).toBeUndefined()
    createTable<Item>({ data: [], columns })
    expect(calls).toEqual(['prepare false'])
  })

  it('bad feature options throw before any table is built', () => {
    const { installer, calls } = recordingInstaller({})
    const createTable = createTableWith([installer])
    const table = (): unknown =>
      createTable<Item>({
        data: [],
        columns,
        id: 'never-built',
        features: { performance: 'bad' as unknown as boolean },
      })
    expect(table).toThrow(GridKitError)
    expect(calls).toEqual(['prepare "bad"'])
  })
})
